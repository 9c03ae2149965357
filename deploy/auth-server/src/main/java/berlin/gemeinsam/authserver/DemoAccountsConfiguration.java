package berlin.gemeinsam.authserver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import berlin.gemeinsam.authserver.AuthServerProperties.DemoAccount;
import berlin.gemeinsam.authserver.AuthServerProperties.Role;

/**
 * Each demo account is an OAuth2 client with the {@code client_credentials} grant, so a developer gets a token
 * for it with one curl, and a person who signs in on the login page with the same name and secret, so the web module
 * gets a token for them with the authorization-code grant; either token carries the claims of the security contract.
 */
@Configuration(proxyBeanMethods = false)
class DemoAccountsConfiguration {

    static final String AUDIENCE = "gemeinsam";

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsConfiguration.class);

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthServerProperties properties, WebClientProperties web) {
        TokenSettings tokenSettings = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenTtl())
                .build();
        // hashed per client although it is published: the in-memory repository rejects clients sharing a stored secret
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<RegisteredClient> clients = properties.accounts().stream()
                .map(account -> RegisteredClient.withId(UUID.nameUUIDFromBytes(account.name().getBytes(StandardCharsets.UTF_8)).toString())
                        .clientId(account.name())
                        .clientName(account.name())
                        .clientSecret(encoder.encode(properties.demoSecret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(tokenSettings)
                        .build())
                .collect(Collectors.toCollection(ArrayList::new));
        clients.add(webClient(web, properties, tokenSettings, encoder));
        log.warn("LOCAL DEMO ONLY: issuing tokens for the demo accounts {} with the published secret; never use "
                + "this issuer outside a developer machine", describe(properties.accounts()));
        return new InMemoryRegisteredClientRepository(clients);
    }

    /**
     * The web module signs people in: a confidential client that must send a PKCE challenge, gets a refresh token for
     * sessions longer than an access token lives, and asks no consent (it is the suite's own site).
     */
    private static RegisteredClient webClient(WebClientProperties web, AuthServerProperties properties,
                                              TokenSettings tokenSettings, PasswordEncoder encoder) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(("client:" + web.clientId()).getBytes(StandardCharsets.UTF_8)).toString())
                .clientId(web.clientId())
                .clientName("Gemeinsam web")
                .clientSecret(encoder.encode(properties.demoSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(web.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(web.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(tokenSettings.getAccessTokenTimeToLive())
                        .build())
                .build();
    }

    /** The demo people who sign in on the login page: the accounts' names with the published demo secret. */
    @Bean
    UserDetailsService demoPeople(AuthServerProperties properties) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(properties.accounts().stream()
                .map(account -> User.withUsername(account.name())
                        .password(encoder.encode(properties.demoSecret()))
                        .authorities(account.roles().stream().map(role -> "ROLE_" + role.name()).toArray(String[]::new))
                        .build())
                .toList());
    }

    /**
     * Sets {@code sub}, {@code aud}, {@code roles} and {@code unit} of access tokens from the account table, for the
     * account that is the client (client credentials) or the person who signed in (authorization code); an ID token
     * gets {@code roles} and {@code unit} too, so that the web module knows whom it shows its pages to.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractClaims(AuthServerProperties properties) {
        Map<String, DemoAccount> accounts = properties.accounts().stream()
                .collect(Collectors.toUnmodifiableMap(DemoAccount::name, Function.identity()));
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            if (!accessToken && !OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            DemoAccount account = accounts.get(context.getPrincipal().getName());
            if (account == null) {
                return;
            }
            if (accessToken) {
                context.getClaims().subject(account.name()).audience(List.of(AUDIENCE));
            }
            context.getClaims().claim("roles", account.roles().stream().map(Role::name).toList());
            if (account.unit() != null) {
                context.getClaims().claim("unit", account.unit());
            }
        };
    }

    private static String describe(List<DemoAccount> accounts) {
        return accounts.stream()
                .map(account -> account.name() + " " + account.roles()
                        + (account.unit() == null ? "" : " unit " + account.unit()))
                .collect(Collectors.joining(", "));
    }
}
