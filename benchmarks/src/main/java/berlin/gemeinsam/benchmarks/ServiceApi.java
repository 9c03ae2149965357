package berlin.gemeinsam.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every REST call the load driver makes, on the JDK HTTP client. All requests are built in {@link #request}, so
 * a header every call needs (an access token, say) is added there once.
 */
final class ServiceApi {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;

    private ServiceApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static ServiceApi on(int port) {
        return new ServiceApi("http://127.0.0.1:" + port);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
    }

    /** A request as the given caller, with the bearer token the services expect (see {@link CallerTokens}). */
    private HttpRequest.Builder request(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    boolean isReady() {
        try {
            return CLIENT.send(request("/actuator/health/readiness").timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Submits the sample idea as a draft; returns its id. */
    String submitIdea() {
        HttpResponse<String> response = send(request("/api/v1/ideas", CallerTokens.citizen(SampleIdea.AUTHOR))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SampleIdea.submission())).build());
        expect(response, 201, "submit an idea");
        return JSON.readTree(response.body()).path("id").asString();
    }

    void publishIdea(String ideaId) {
        expect(send(request("/api/v1/ideas/" + ideaId + "/publish", CallerTokens.moderator(SampleIdea.UNIT)).POST(HttpRequest.BodyPublishers.noBody())
                .build()), 200, "publish idea " + ideaId);
    }

    /** One page of a search of ideas, anonymous as most readers are: how many ideas it has, and the next page's link. */
    SearchPage searchPage(String pathAndQuery) {
        HttpResponse<String> response = send(request(pathAndQuery).GET().build());
        expect(response, 200, "search ideas with " + pathAndQuery);
        JsonNode page = JSON.readTree(response.body());
        JsonNode next = page.path("next");
        return new SearchPage(page.path("items").size(), next.isString() ? next.asString() : null);
    }

    record SearchPage(int items, String next) {
    }

    void follow(String subscriberId, String targetType, String targetId) {
        HttpResponse<String> response = send(request("/api/v1/subscriptions", CallerTokens.citizen(subscriberId))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"subscriberId":"%s","target":{"type":"%s","id":"%s"}}"""
                        .formatted(subscriberId, targetType, targetId))).build());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            expect(response, 201, "follow " + targetType + " " + targetId);
        }
    }

    /** The sum of a Prometheus counter's series whose labels contain all the given {@code name="value"} pairs. */
    double counter(String metric, List<String> labels) {
        HttpResponse<String> response = send(request("/actuator/prometheus", CallerTokens.unitAdmin(SampleIdea.UNIT))
                .GET().build());
        expect(response, 200, "read the metrics");
        double sum = 0;
        for (String line : response.body().split("\n")) {
            if (line.startsWith(metric + "{") && labels.stream().allMatch(line::contains)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /**
     * The count of one Micrometer counter's series with the given {@code key:value} tags, from
     * {@code /actuator/metrics}: a much smaller answer than the whole Prometheus page, for polling while a figure is
     * being measured. 0 while the counter does not exist yet.
     */
    double count(String meter, String... tags) {
        StringBuilder path = new StringBuilder("/actuator/metrics/").append(meter);
        for (int i = 0; i < tags.length; i++) {
            path.append(i == 0 ? '?' : '&').append("tag=").append(URLEncoder.encode(tags[i], StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = send(request(path.toString(), CallerTokens.unitAdmin(SampleIdea.UNIT))
                .GET().build());
        if (response.statusCode() == 404) {
            return 0;
        }
        expect(response, 200, "read the meter " + meter);
        for (JsonNode measurement : JSON.readTree(response.body()).path("measurements")) {
            if (measurement.path("statistic").asString().equals("COUNT")) {
                return measurement.path("value").asDouble();
            }
        }
        throw new IllegalStateException("the meter " + meter + " has no count: " + response.body());
    }

    /**
     * Stops or starts one of the service's Spring Cloud Stream bindings ({@code STOPPED}, {@code STARTED}) through
     * the actuator's bindings endpoint, as an admin of the unit: changing management endpoints needs that role.
     */
    void changeBinding(String binding, String state) {
        HttpResponse<String> response = send(request("/actuator/bindings/" + binding,
                CallerTokens.unitAdmin(SampleIdea.UNIT))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"" + state + "\"}")).build());
        if (response.statusCode() != 200) {
            expect(response, 204, "set the binding " + binding + " to " + state);
        }
    }

    /** Opens the subscriber's live stream; returns once the service has registered it. */
    LiveStream openLiveStream(String subscriberId, Consumer<LiveStream.Event> onEvent) {
        HttpResponse<Stream<String>> response = send(request("/api/v1/subscribers/" + subscriberId
                        + "/notifications/stream", CallerTokens.citizen(subscriberId)).timeout(Duration.ofHours(1)).header("Accept", "text/event-stream")
                        .GET().build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IllegalStateException("live stream of " + subscriberId + ": HTTP " + response.statusCode());
        }
        return LiveStream.reading(subscriberId, response.body(), onEvent);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("could not " + what + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }
}
