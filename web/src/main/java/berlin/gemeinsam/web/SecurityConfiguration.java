package berlin.gemeinsam.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in at the issuer with the authorization-code grant and PKCE ({@code oauth2Login}); the person's tokens stay in
 * the server-side session, never in the browser. Reading published content needs no sign-in; writing does, and every
 * form carries a CSRF token. Signing out ends the session here and at the issuer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REGISTRATION = "gemeinsam";

    @Bean
    SecurityFilterChain pages(HttpSecurity http,
                              @Value("${gemeinsam.web.issuer-logout-uri}") String issuerLogout) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/moderation/**").hasRole("MODERATOR")
                        .requestMatchers(HttpMethod.POST, "/ideas/*/comments/*/hide").hasRole("MODERATOR")
                        .requestMatchers("/measures/**").hasRole("UNIT_ADMIN")
                        .requestMatchers("/cockpit").hasRole("CENTRAL_OFFICE")
                        .requestMatchers(HttpMethod.GET, "/ideas/new").authenticated()
                        .requestMatchers(HttpMethod.GET, "/", "/ideas", "/ideas/*", "/css/**", "/webjars/**", "/error",
                                "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                // straight to the issuer's login page: there is one issuer, no page to choose one
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION))
                .logout(logout -> logout.logoutSuccessHandler(signOutAtTheIssuer(issuerLogout)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The tokens live in the person's HTTP session, and go with it. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** The {@code roles} the issuer put into the ID token become the person's roles here ({@code ROLE_MODERATOR}). */
    @Bean
    GrantedAuthoritiesMapper rolesOfTheIdToken() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    rolesOf(oidc.getIdToken().getClaimAsStringList("roles"))
                            .forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return mapped;
        };
    }

    private static Collection<String> rolesOf(List<String> roles) {
        return roles == null ? List.of() : roles;
    }

    /**
     * After the local sign-out, the browser goes to the issuer's end-session endpoint (OIDC RP-initiated logout) with
     * the ID token as hint, and from there back to the home page.
     */
    private static LogoutSuccessHandler signOutAtTheIssuer(String issuerLogout) {
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            String home = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                    .replacePath(request.getContextPath() + "/").replaceQuery(null).build().toUriString();
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                response.sendRedirect(UriComponentsBuilder.fromUriString(issuerLogout)
                        .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                        .queryParam("post_logout_redirect_uri", home)
                        .encode().build().toUriString());
                return;
            }
            response.sendRedirect(home);
        };
    }
}
