package berlin.gemeinsam.notifications.feed.web;

import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A subscriber with an open live stream sees each new entry of their feed as it is written. */
class LiveFeedIntegrationTest extends ServiceApiTest {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    LiveFeeds live;

    @Autowired
    MongoTemplate mongo;

    private final List<Stream<String>> streams = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        streams.forEach(Stream::close);
    }

    /** One Server-Sent Event as the client reads it. */
    record Sse(String id, String name, JsonNode data) {
    }

    /** Opens the stream and returns its events; returns once the service has registered it. */
    private BlockingQueue<Sse> open(String subscriberId, String language) throws Exception {
        return open(subscriberId, language, null);
    }

    /** Opens the stream as a client reconnecting after it received the event {@code lastEventId}. */
    private BlockingQueue<Sse> open(String subscriberId, String language, String lastEventId) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/subscribers/" + subscriberId + "/notifications/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + TestIssuer.get().citizen(subscriberId))
                .header("Accept-Language", language);
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        HttpRequest request = builder.build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Stream<String> lines = response.body();
        streams.add(lines);
        BlockingQueue<Sse> events = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> opened = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            Map<String, String> fields = new HashMap<>();
            try {
                lines.forEach(line -> {
                    if (line.startsWith(":")) {
                        opened.add(true);
                    } else if (line.isEmpty()) {
                        if (fields.containsKey("data")) {
                            events.add(new Sse(fields.get("id"), fields.get("event"),
                                    JsonMapper.shared().readTree(fields.get("data"))));
                        }
                        fields.clear();
                    } else {
                        int colon = line.indexOf(':');
                        fields.put(line.substring(0, colon), line.substring(colon + 1).stripLeading());
                    }
                });
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        }, "sse-" + subscriberId);
        reader.setDaemon(true);
        reader.start();
        assertThat(opened.poll(10, TimeUnit.SECONDS)).as("stream opened").isTrue();
        return events;
    }

    /** Following is not what is tested here, so it is stored as the subscriptions API stores it. */
    private void followUnit(String subscriberId, String unit) {
        mongo.insert(Subscription.follow(subscriberId, Target.unit(unit), Instant.now()));
    }

    private static void ideaPublished(String unit, String ideaId, String title) {
        Instant time = Instant.now();
        String data = """
                {"ideaId":"%s","unit":"%s","title":"%s","problem":"Am Ufer fehlen Sitzplätze","proposal":null,
                 "category":"Stadtraum","publishedAt":"%s"}""".formatted(ideaId, unit, title, time);
        Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(),
                "/units/" + unit + "/ideas-service", IDEA_PUBLISHED, ideaId, unit));
        headers.put("ce_time", time.toString());
        KafkaTestClient.send("gemeinsam." + unit + ".ideas", ideaId, data.getBytes(StandardCharsets.UTF_8), headers);
    }

    @Test
    void aNewEntryArrivesOnTheStreamAsTheListShowsItInTheSubscribersLanguage() throws Exception {
        String subscriber = "live-" + UUID.randomUUID();
        followUnit(subscriber, "treptow-koepenick");
        BlockingQueue<Sse> german = open(subscriber, "de");
        BlockingQueue<Sse> english = open(subscriber, "en");
        String ideaId = UUID.randomUUID().toString();

        ideaPublished("treptow-koepenick", ideaId, "Trinkbrunnen am Görli");

        Sse pushed = german.poll(DELIVERY.toSeconds(), TimeUnit.SECONDS);
        assertThat(pushed).as("pushed entry").isNotNull();
        assertThat(pushed.name()).isEqualTo(IDEA_PUBLISHED);
        JsonNode listed = asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/notifications").json()
                .path("items").get(0);
        assertThat(pushed.id()).isEqualTo(listed.path("id").asString());
        assertThat(pushed.data()).isEqualTo(listed);
        assertThat(pushed.data().path("subject").asString()).isEqualTo(ideaId);
        assertThat(pushed.data().path("text").asString())
                .isEqualTo("Neue Idee in Bezirksamt Treptow-Köpenick: „Trinkbrunnen am Görli“");
        Sse inEnglish = english.poll(DELIVERY.toSeconds(), TimeUnit.SECONDS);
        assertThat(inEnglish).as("pushed entry in English").isNotNull();
        assertThat(inEnglish.id()).isEqualTo(pushed.id());
        assertThat(inEnglish.data().path("text").asString()).startsWith("New idea in ");
    }

    @Test
    void aStreamCarriesOnlyItsOwnSubscribersEntries() throws Exception {
        String watcher = "live-" + UUID.randomUUID();
        String other = "live-" + UUID.randomUUID();
        followUnit(watcher, "steglitz-zehlendorf");
        followUnit(other, "tempelhof-schoeneberg");
        BlockingQueue<Sse> stream = open(watcher, "de");
        String othersIdea = UUID.randomUUID().toString();
        String watchedIdea = UUID.randomUUID().toString();

        ideaPublished("tempelhof-schoeneberg", othersIdea, "Radweg am Tegeler See");
        await().atMost(DELIVERY).until(() -> asCitizen(other).get("/api/v1/subscribers/" + other + "/notifications")
                .json().path("items").size() == 1);
        ideaPublished("steglitz-zehlendorf", watchedIdea, "Fähre zur Zitadelle");

        Sse first = stream.poll(DELIVERY.toSeconds(), TimeUnit.SECONDS);
        assertThat(first).as("pushed entry").isNotNull();
        assertThat(first.data().path("subject").asString()).isEqualTo(watchedIdea);
    }

    @Test
    void aClosedStreamIsForgottenAndTheFeedGoesOn() throws Exception {
        String subscriber = "live-" + UUID.randomUUID();
        followUnit(subscriber, "charlottenburg-wilmersdorf");
        int before = live.openStreams();
        open(subscriber, "de");
        assertThat(live.openStreams()).isEqualTo(before + 1);

        streams.remove(streams.size() - 1).close();
        ideaPublished("charlottenburg-wilmersdorf", UUID.randomUUID().toString(), "Spielstraße");
        ideaPublished("charlottenburg-wilmersdorf", UUID.randomUUID().toString(), "Kiezblock");

        await().atMost(DELIVERY).until(() -> live.openStreams() == before);
        await().atMost(DELIVERY).until(() -> asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/notifications")
                .json().path("items").size() == 2);
    }

    private List<String> listedSubjects(String subscriberId) {
        return asCitizen(subscriberId).get("/api/v1/subscribers/" + subscriberId + "/notifications?size=100").json()
                .path("items").findValuesAsString("subject");
    }

    @Test
    void aStreamResumedWithTheLastEventIdGetsExactlyWhatItMissedThenWhatIsNew() throws Exception {
        String subscriber = "live-" + UUID.randomUUID();
        String unit = "reinickendorf";
        followUnit(subscriber, unit);
        BlockingQueue<Sse> first = open(subscriber, "de");
        String seen = UUID.randomUUID().toString();
        ideaPublished(unit, seen, "Gesehen");
        Sse received = first.poll(DELIVERY.toSeconds(), TimeUnit.SECONDS);
        assertThat(received).as("pushed entry").isNotNull();
        assertThat(received.data().path("subject").asString()).isEqualTo(seen);

        streams.remove(streams.size() - 1).close();
        List<String> missed = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        missed.forEach(ideaId -> ideaPublished(unit, ideaId, "Verpasst"));
        await().atMost(DELIVERY).until(() -> listedSubjects(subscriber).size() == 4);
        BlockingQueue<Sse> resumed = open(subscriber, "de", received.id());
        String afterwards = UUID.randomUUID().toString();
        ideaPublished(unit, afterwards, "Danach");

        List<String> subjects = new ArrayList<>();
        while (!subjects.contains(afterwards)) {
            Sse next = resumed.poll(DELIVERY.toSeconds(), TimeUnit.SECONDS);
            assertThat(next).as("entry after " + subjects).isNotNull();
            subjects.add(next.data().path("subject").asString());
        }
        // the missed ones in the order they were written, then the new one, none twice and nothing seen before
        assertThat(subjects.subList(0, 3)).containsExactlyInAnyOrderElementsOf(missed);
        assertThat(subjects).hasSize(4).endsWith(afterwards);
        assertThat(resumed).isEmpty();
    }

    @Test
    void aStreamResumedFromAnUnknownEventStartsAfresh() throws Exception {
        String subscriber = "live-" + UUID.randomUUID();
        followUnit(subscriber, "pankow");
        BlockingQueue<Sse> stream = open(subscriber, "de", "no-entry-of-mine");
        String ideaId = UUID.randomUUID().toString();

        ideaPublished("pankow", ideaId, "Neu");

        Sse pushed = stream.poll(DELIVERY.toSeconds(), TimeUnit.SECONDS);
        assertThat(pushed).as("pushed entry").isNotNull();
        assertThat(pushed.data().path("subject").asString()).isEqualTo(ideaId);
    }

    @Test
    void aTooLongSubscriberIdIsABadRequest() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/v1/subscribers/" + "x".repeat(101) + "/notifications/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
