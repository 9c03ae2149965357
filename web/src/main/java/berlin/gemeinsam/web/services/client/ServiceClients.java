package berlin.gemeinsam.web.services.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.services.application.ServiceProblem;
import berlin.gemeinsam.web.services.application.ServiceProblem.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP clients of the unit's services. A request made for a signed-in person carries their access token (the
 * OAuth2 authorized client kept in their session, renewed with its refresh token when it expired); one made for
 * somebody not signed in carries none, which the services allow for published content. Every request asks in the
 * reader's language, and a service's problem (RFC 9457) becomes a {@link ServiceProblem}.
 */
@Component
public class ServiceClients {

    private final RestClient ideas;
    private final RestClient participation;
    private final RestClient notifications;
    private final RestClient measures;
    private final RestClient monitor;
    private final JsonMapper json;

    ServiceClients(RestClient.Builder builder, ServiceEndpoints endpoints, OAuth2AuthorizedClientManager clients,
                   OAuth2AuthorizedClientRepository repository, JsonMapper json) {
        this.json = json;
        OAuth2ClientHttpRequestInterceptor tokens = new OAuth2ClientHttpRequestInterceptor(clients);
        tokens.setClientRegistrationIdResolver(request -> signedIn());
        tokens.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(repository));
        RestClient.Builder common = builder
                .requestInterceptor(unreachable())
                .requestInterceptor(tokens)
                .requestInterceptor((request, body, execution) -> {
                    Locale locale = LocaleContextHolder.getLocale();
                    request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, locale.getLanguage());
                    return execution.execute(request, body);
                })
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problemOf(response);
                });
        this.ideas = common.clone().baseUrl(endpoints.ideas().toString()).build();
        this.participation = common.clone().baseUrl(endpoints.participation().toString()).build();
        this.notifications = common.clone().baseUrl(endpoints.notifications().toString()).build();
        this.measures = common.clone().baseUrl(endpoints.measures().toString()).build();
        this.monitor = common.clone().baseUrl(endpoints.monitor().toString()).build();
    }

    public RestClient ideas() {
        return ideas;
    }

    public RestClient participation() {
        return participation;
    }

    public RestClient notifications() {
        return notifications;
    }

    public RestClient measures() {
        return measures;
    }

    public RestClient monitor() {
        return monitor;
    }

    /** The registration the signed-in person came through, or null for somebody not signed in: no token then. */
    private static String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof OAuth2AuthenticationToken token ? token.getAuthorizedClientRegistrationId() : null;
    }

    /** A service that does not answer is a problem of its own, so that the page says so instead of failing. */
    private static ClientHttpRequestInterceptor unreachable() {
        return (request, body, execution) -> {
            try {
                return execution.execute(request, body);
            } catch (IOException e) {
                throw new ServiceProblem(503, unreachableTitle(request.getURI()), null, List.of());
            }
        };
    }

    private static String unreachableTitle(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority() + " does not answer";
    }

    private ServiceProblem problemOf(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode problem;
        try (InputStream body = response.getBody()) {
            problem = json.readTree(body);
        } catch (JacksonException notJson) {
            return new ServiceProblem(status, response.getStatusText(), null, List.of());
        }
        List<FieldProblem> fields = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            fields.add(new FieldProblem(error.path("field").asString(""), error.path("message").asString("")));
        }
        return new ServiceProblem(status, problem.path("title").asString(response.getStatusText()),
                problem.path("detail").isMissingNode() || problem.path("detail").isNull() ? null
                        : problem.path("detail").asString(), fields);
    }
}
