package berlin.gemeinsam.benchmarks;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every REST call the load driver makes, on the JDK HTTP client. All requests are built in {@link #request}, so
 * a header every call needs (an access token, say) is added there once.
 */
final class ServiceApi {

    /** How often a write that an overloaded service refused is sent again before the run gives up. */
    private static final int ATTEMPTS_WHEN_OVERLOADED = 30;

    private static final JsonMapper JSON = JsonMapper.shared();

    private final String baseUrl;
    /** The writes this service refused with 503 since the driver started, each retry counted. */
    private final AtomicLong refusals = new AtomicLong();

    private ServiceApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static ServiceApi on(int port) {
        return new ServiceApi("http://127.0.0.1:" + port);
    }

    private HttpRequest.Builder request(String path) {
        return Http.request(baseUrl + path);
    }

    /** A request as the given caller, with the bearer token the services expect (see {@link CallerTokens}). */
    private HttpRequest.Builder request(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    boolean isReady() {
        return Http.answersOk(baseUrl + "/actuator/health/readiness");
    }

    /**
     * Submits the sample idea as a draft, as a well-behaved client: an overloaded service answers 503 and changes
     * nothing, so the same submission is sent again after the Retry-After it names. Returns the idea's id.
     */
    String submitIdea() {
        HttpResponse<String> response = sendUntilAdmitted(request("/api/v1/ideas",
                CallerTokens.citizen(SampleIdea.AUTHOR))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SampleIdea.submission())).build());
        expect(response, 201, "submit an idea");
        return JSON.readTree(response.body()).path("id").asString();
    }

    void publishIdea(String ideaId) {
        expect(sendUntilAdmitted(request("/api/v1/ideas/" + ideaId + "/publish",
                CallerTokens.moderator(SampleIdea.UNIT)).POST(HttpRequest.BodyPublishers.noBody()).build()),
                200, "publish idea " + ideaId);
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

    /** One page of a list of comments, anonymous as most readers are: how many comments it has, and its next cursor. */
    CommentPage commentPage(String pathAndQuery) {
        HttpResponse<String> response = send(request(pathAndQuery).GET().build());
        expect(response, 200, "read comments with " + pathAndQuery);
        JsonNode page = JSON.readTree(response.body());
        JsonNode next = page.path("next");
        return new CommentPage(page.path("items").size(), next.isString() ? next.asString() : null);
    }

    record CommentPage(int items, String next) {
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

    /** Follows the target, told on the channels (e.g. {@code "IN_APP","EMAIL"}), mails in German. */
    void follow(String subscriberId, String targetType, String targetId, List<String> channels) {
        String channelList = String.join(",", channels.stream().map(channel -> "\"" + channel + "\"").toList());
        HttpResponse<String> response = send(request("/api/v1/subscriptions", CallerTokens.citizen(subscriberId))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"subscriberId":"%s","target":{"type":"%s","id":"%s"},"channels":[%s]}"""
                        .formatted(subscriberId, targetType, targetId, channelList))).build());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            expect(response, 201, "follow " + targetType + " " + targetId + " on " + channels);
        }
    }

    /** Gives the subscriber's e-mail address as themself: kept unconfirmed, its confirmation mail sent. */
    void giveEmail(String subscriberId, String address) {
        expect(send(request("/api/v1/subscribers/" + subscriberId + "/email", CallerTokens.citizen(subscriberId))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"address":"%s","language":"de"}""".formatted(address))).build()), 202,
                "give the e-mail address of " + subscriberId);
    }

    /** Opens the confirmation mail's link, without login as the mail's reader does. */
    void confirmEmail(String token) {
        expect(send(request("/api/v1/email-confirmations/" + token).POST(HttpRequest.BodyPublishers.noBody())
                .build()), 200, "confirm an e-mail address");
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

    /** The value of one Micrometer gauge's series with the given {@code key:value} tags (e.g. the heap in use). */
    double gauge(String meter, String... tags) {
        StringBuilder path = new StringBuilder("/actuator/metrics/").append(meter);
        for (int i = 0; i < tags.length; i++) {
            path.append(i == 0 ? '?' : '&').append("tag=").append(URLEncoder.encode(tags[i], StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = send(request(path.toString(), CallerTokens.unitAdmin(SampleIdea.UNIT))
                .GET().build());
        expect(response, 200, "read the meter " + meter);
        for (JsonNode measurement : JSON.readTree(response.body()).path("measurements")) {
            if (measurement.path("statistic").asString().equals("VALUE")) {
                return measurement.path("value").asDouble();
            }
        }
        throw new IllegalStateException("the meter " + meter + " has no value: " + response.body());
    }

    /**
     * The unit's measures as open data ({@code csv} or {@code json}), anonymous, read to the end as it arrives:
     * its bytes, and its measures (CSV: the records after the header, counted by their line ends, as the
     * benchmark's texts have none of their own; JSON: the objects of the array, parsed).
     */
    Export export(String format) {
        HttpResponse<InputStream> response = send(request("/api/v1/measures/export?format=" + format)
                .timeout(Duration.ofMinutes(30))
                .header("Accept", "csv".equals(format) ? "text/csv" : "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (CountingStream body = new CountingStream(response.body())) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("could not export the measures as " + format + ": HTTP "
                        + response.statusCode() + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            long rows = "csv".equals(format) ? csvRecords(body) - 1 : jsonObjects(body);
            return new Export(body.count(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("export as " + format + " failed", e);
        }
    }

    private static long csvRecords(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long records = 0;
        boolean afterCr = false;
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            for (int i = 0; i < read; i++) {
                if (afterCr && buffer[i] == '\n') {
                    records++;
                }
                afterCr = buffer[i] == '\r';
            }
        }
        return records;
    }

    private static long jsonObjects(InputStream body) {
        long objects = 0;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("the JSON export is no array");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw new IllegalStateException("the JSON export holds " + token + " where a measure belongs");
                }
                parser.skipChildren();
                objects++;
            }
            if (parser.nextToken() != null) {
                throw new IllegalStateException("the JSON export goes on after its array");
            }
        }
        return objects;
    }

    /** An export as it arrived: its size in bytes and the measures it holds. */
    record Export(long bytes, long rows) {
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                count++;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        long count() {
            return count;
        }
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
        return Http.send(request);
    }

    /** How many writes this service has refused with 503 so far, each retry counted. */
    long refusals() {
        return refusals.get();
    }

    private HttpResponse<String> sendUntilAdmitted(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 503 || attempt == ATTEMPTS_WHEN_OVERLOADED) {
                return response;
            }
            refusals.incrementAndGet();
            try {
                Pause.of(Duration.ofSeconds(response.headers().firstValueAsLong("Retry-After").orElse(1)));
            } catch (IllegalStateException interrupted) {
                throw new RetryCutOff(attempt, interrupted);
            }
        }
    }

    /**
     * A write the service refused with 503, whose client was waiting for the Retry-After when the driver stopped
     * it: the service answered clearly and stored nothing, the driver gave up.
     */
    static final class RetryCutOff extends IllegalStateException {

        RetryCutOff(int refusals, IllegalStateException interrupted) {
            super("refused " + refusals + " times with 503, cut off waiting for its Retry-After", interrupted);
        }
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        return Http.send(request, body);
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        Http.expect(response, status, what);
    }
}
