package berlin.gemeinsam.platform.security;

import berlin.gemeinsam.platform.problems.Problems;
import berlin.gemeinsam.platform.units.InstanceProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;

/**
 * Every service is an OAuth2 resource server: published content is readable without a token, every write
 * needs one, and the endpoints check roles and units with {@link Access}. Management endpoints other than
 * health need an admin role: reading them a unit admin or the central office, changing them (any method but GET,
 * e.g. stopping a binding) a unit admin of the unit this instance serves; the central office reads but changes
 * nothing. The contract documents (OpenAPI, Swagger UI, AsyncAPI) are public. Stateless, no sessions, no CSRF (no
 * cookies), no CORS (no browser origin is trusted by default).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@EnableConfigurationProperties(GemeinsamSecurityProperties.class)
public class SecurityConfiguration {

    /** The published contracts (OpenAPI, Swagger UI, AsyncAPI): readable by anybody, like published content. */
    private static final String[] CONTRACT_DOCUMENTS = {
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
            "/asyncapi.json"};

    /** Tokens known at once: a few MB, more than the callers one instance sees within a token's lifetime. */
    private static final int CHECKED_TOKENS = 10_000;

    private static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Swagger UI is a page of its own scripts and styles that reads the document from this origin; it sets inline
     * styles and shows icons as data URIs. Every other answer keeps the strict policy.
     */
    private static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

    @Bean
    Access access() {
        return new Access();
    }

    /**
     * Spring Security observes nothing of its own: its observations wrapped each filter of the chain, the
     * authentication and the authorization in one more observation each, a good part of a single client's call
     * (the benchmark's profile), for metrics nobody reads. Each request is still observed as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Each token is checked once and then known until it expires ({@link CheckedTokens}). */
    @Bean
    JwtDecoder jwtDecoder(GemeinsamSecurityProperties properties) {
        return new CheckedTokens(Tokens.decoder(properties), Clock.systemUTC(), CHECKED_TOKENS);
    }

    @Bean
    SecurityFilterChain gemeinsamSecurity(HttpSecurity http, JwtDecoder decoder, Access access, Problems problems,
                                          GemeinsamSecurityProperties properties, InstanceProperties gemeinsam)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/**")
                        .hasAnyRole(Role.UNIT_ADMIN.name(), Role.CENTRAL_OFFICE.name())
                        .requestMatchers("/actuator/**").access(unitAdminOf(gemeinsam.unit()))
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, CONTRACT_DOCUMENTS).permitAll()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(Tokens.authentication()))
                        .authenticationEntryPoint(new BearerChallenge(problems))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new BearerChallenge(problems))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden")))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                                new ContentSecurityPolicyHeaderWriter(STRICT_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                                new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new OneAuthorizationHeader(problems), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(new RequestSizeLimit(problems, properties.maxRequestSize().toBytes()),
                        BearerTokenAuthenticationFilter.class)
                .addFilterBefore(new WriteRateLimit(access, problems, properties.writesPerMinute()),
                        AuthorizationFilter.class)
                .addFilterBefore(new WriteAdmission(problems, properties.concurrentWrites(), properties.writeWait()),
                        AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A request the firewall refuses (e.g. {@code ;} or an encoded {@code /} in the path) is a 400 problem like
     * any other bad request, instead of an error page.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(Problems problems) {
        return (request, response, rejected) -> problems.write(request, response,
                problems.forStatus(HttpStatus.BAD_REQUEST, problems.localeOf(request)));
    }

    /** Granted to a unit admin of the given unit only (the unit this instance serves). */
    private static AuthorizationManager<RequestAuthorizationContext> unitAdminOf(String unit) {
        return (authentication, request) -> new AuthorizationDecision(
                authentication.get() instanceof JwtAuthenticationToken token
                        && Tokens.callerOf(token.getToken()).isUnitAdminOf(unit));
    }
}
