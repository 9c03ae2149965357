package berlin.gemeinsam.monitor.outbox.prometheus;

import berlin.gemeinsam.monitor.outbox.application.InstanceMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Reads an instance's {@code /actuator/prometheus}, which needs a token of the central office or a unit admin: the
 * monitor fetches its own with the OAuth2 client-credentials grant ({@code gemeinsam.monitor.client-id} and
 * {@code client-secret} at {@code gemeinsam.monitor.token-uri}) and keeps it until shortly before it expires. Without
 * a client id it asks without a token.
 */
@Component
class HttpInstanceMetrics implements InstanceMetrics {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** A token is renewed this long before it expires, so that none expires on its way. */
    private static final Duration RENEWAL_MARGIN = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json;
    private final Clock clock;
    private final String tokenUri;
    private final String clientId;
    private final String clientSecret;
    private String token;
    private Instant tokenRenewal = Instant.MIN;

    HttpInstanceMetrics(JsonMapper json, Clock clock,
                        @Value("${gemeinsam.monitor.token-uri:${gemeinsam.security.issuer:http://127.0.0.1:9000}/oauth2/token}")
                        String tokenUri,
                        @Value("${gemeinsam.monitor.client-id:}") String clientId,
                        @Value("${gemeinsam.monitor.client-secret:}") String clientSecret) {
        this.json = json;
        this.clock = clock;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public String scrape(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "")
                        + "/actuator/prometheus"))
                .timeout(TIMEOUT).header("Accept", "text/plain").GET();
        if (!clientId.isBlank()) {
            request.header("Authorization", "Bearer " + token());
        }
        HttpResponse<String> response = send(request.build(), url);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + " to the metrics' request");
        }
        return response.body();
    }

    private synchronized String token() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(tokenRenewal)) {
            String credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUri)).timeout(TIMEOUT)
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
            HttpResponse<String> response = send(request, tokenUri);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the issuer answered " + response.statusCode()
                        + " to the monitor's token request");
            }
            JsonNode answer = json.readTree(response.body());
            token = answer.path("access_token").asString();
            tokenRenewal = now.plusSeconds(answer.path("expires_in").asLong(60)).minus(RENEWAL_MARGIN);
        }
        return token;
    }

    private HttpResponse<String> send(HttpRequest request, String target) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(target + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + target, e);
        }
    }
}
