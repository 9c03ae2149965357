package berlin.gemeinsam.authserver;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import berlin.gemeinsam.authserver.AuthServerProperties.DemoAccount;
import berlin.gemeinsam.authserver.AuthServerProperties.Role;

/**
 * Each demo account is an OAuth2 client with the {@code client_credentials} grant, so a developer gets a token
 * for it with one curl; its access token carries the claims of the security contract.
 */
@Configuration(proxyBeanMethods = false)
class DemoAccountsConfiguration {

    static final String AUDIENCE = "gemeinsam";

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsConfiguration.class);

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthServerProperties properties) {
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
                .toList();
        log.warn("LOCAL DEMO ONLY: issuing tokens for the demo accounts {} with the published secret; never use "
                + "this issuer outside a developer machine", describe(properties.accounts()));
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** Sets {@code sub}, {@code aud}, {@code roles} and {@code unit} of access tokens from the account table. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractClaims(AuthServerProperties properties) {
        Map<String, DemoAccount> accounts = properties.accounts().stream()
                .collect(Collectors.toUnmodifiableMap(DemoAccount::name, Function.identity()));
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            DemoAccount account = accounts.get(context.getRegisteredClient().getClientId());
            if (account == null) {
                return;
            }
            context.getClaims()
                    .subject(account.name())
                    .audience(List.of(AUDIENCE))
                    .claim("roles", account.roles().stream().map(Role::name).toList());
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
