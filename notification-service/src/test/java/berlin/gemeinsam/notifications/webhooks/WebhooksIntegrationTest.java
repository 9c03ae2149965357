package berlin.gemeinsam.notifications.webhooks;

import berlin.gemeinsam.notifications.TestWebhookSettings;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.MovableClock;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The webhook channel against a real HTTP receiver on loopback, which checks every signature with the Standard
 * Webhooks reference library: signed deliveries, retries with the same {@code webhook-id}, disabling on 410 and
 * after a streak of failures (the owner is told in their feed), and URLs that are not called; the deliveries with
 * their status in the subscriber's list of deliveries, suppressed when the subscription stops telling by webhook, in
 * the subscriber's export and gone after their erasure. Retries come when the service's clock is moved, never by
 * waiting.
 */
class WebhooksIntegrationTest extends ServiceApiTest {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final String UNIT = "mitte";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The default retry delays' first two: moving the clock by them makes the next attempt due. */
    private static final List<Duration> FIRST_DELAYS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2));
    private static final Map<String, Hook> HOOKS = new ConcurrentHashMap<>();
    private static HttpServer receiver;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MovableClock clock;

    @Autowired
    MeterRegistry metrics;

    /** A receiver's path: the answers it gives in turn (the last one from then on) and what it received. */
    private record Hook(String url, List<Integer> answers, List<Received> received) {

        int answerTo(int request) {
            return answers.get(Math.min(request, answers.size() - 1));
        }
    }

    private record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks/", exchange -> {
            Hook hook = HOOKS.get(exchange.getRequestURI().getPath().substring("/hooks/".length()));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 404;
            if (hook != null) {
                synchronized (hook) {
                    status = hook.answerTo(hook.received().size());
                    hook.received().add(new Received(new HashMap<>(exchange.getRequestHeaders()), body));
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    private static Hook hookAnswering(Integer... answers) {
        String id = UUID.randomUUID().toString();
        Hook hook = new Hook("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/" + id, List.of(answers),
                new CopyOnWriteArrayList<>());
        HOOKS.put(id, hook);
        return hook;
    }

    private static String subscriber() {
        return "org-" + UUID.randomUUID();
    }

    private HttpApi.Response register(String subscriberId, String url) {
        return asCitizen(subscriberId).post("/api/v1/subscribers/" + subscriberId + "/webhooks", """
                {"url":"%s","description":"Verbands-CRM"}""".formatted(url));
    }

    /** Registers the hook's URL and returns the secret the answer shows. */
    private String registered(String subscriberId, Hook hook) {
        HttpApi.Response registered = register(subscriberId, hook.url());
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        return registered.field("secret");
    }

    /** Follows the idea, told by webhook only, and returns the subscription's id. */
    private String followByWebhook(String subscriberId, String ideaId) {
        HttpApi.Response followed = asCitizen(subscriberId).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"IDEA","id":"%s"},"channels":["WEBHOOK"]}"""
                .formatted(subscriberId, ideaId));
        assertThat(followed.status()).as(followed.text()).isEqualTo(201);
        return followed.field("id");
    }

    private static void ideaPublished(String ideaId, String title) {
        Instant time = Instant.now();
        String data = """
                {"ideaId":"%s","unit":"%s","title":"%s","problem":"Es fehlt ein Treffpunkt","proposal":null,
                 "category":"Stadtraum","publishedAt":"%s"}""".formatted(ideaId, UNIT, title, time);
        EventSchemas.assertValid(IDEA_PUBLISHED, data);
        Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(),
                "/units/" + UNIT + "/ideas-service", IDEA_PUBLISHED, ideaId, UNIT));
        headers.put("ce_time", time.toString());
        KafkaTestClient.send("gemeinsam." + UNIT + ".ideas", ideaId, data.getBytes(StandardCharsets.UTF_8), headers);
    }

    private List<Document> deliveriesOf(String subscriberId) {
        return mongo.find(Query.query(Criteria.where("subscriberId").is(subscriberId)), Document.class,
                "webhookDelivery");
    }

    private Document awaitDelivery(String subscriberId, String status, int attempts) {
        Query query = Query.query(Criteria.where("subscriberId").is(subscriberId).and("status").is(status)
                .and("attempts").is(attempts));
        await().atMost(WAIT).until(() -> mongo.exists(query, "webhookDelivery"));
        return mongo.findOne(query, Document.class, "webhookDelivery");
    }

    /**
     * Lets the endpoint fail {@code attempts} times, moving the clock past each retry's delay once the attempt
     * before is written, and returns what it received.
     */
    private List<Received> awaitFailedAttempts(String subscriberId, Hook hook, int attempts) {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            int received = attempt;
            await().atMost(WAIT).until(() -> hook.received().size() >= received);
            Query written = Query.query(Criteria.where("subscriberId").is(subscriberId).and("attempts").gte(attempt));
            await().atMost(WAIT).until(() -> mongo.exists(written, "webhookDelivery"));
            if (attempt < attempts) {
                clock.advance(FIRST_DELAYS.get(attempt - 1));
            }
        }
        return hook.received();
    }

    private JsonNode deliveriesListed(String subscriberId, String query) {
        HttpApi.Response listed = asCitizen(subscriberId).get("/api/v1/subscribers/" + subscriberId + "/deliveries"
                + query);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        return listed.json().path("items");
    }

    private double counted(String status) {
        Counter counter = metrics.find("gemeinsam.notifications.deliveries").tag("channel", "WEBHOOK")
                .tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }

    private List<JsonNode> feedOf(String subscriberId) {
        return List.copyOf(asCitizen(subscriberId).get("/api/v1/subscribers/" + subscriberId + "/notifications")
                .json().path("items").valueStream().toList());
    }

    private JsonNode endpointOf(String subscriberId) {
        return asCitizen(subscriberId).get("/api/v1/subscribers/" + subscriberId + "/webhooks").json()
                .path("items").get(0);
    }

    @Test
    void aNotificationIsPostedSignedAsTheReferenceLibraryVerifiesAndTheSecretIsShownOnlyOnce() throws Exception {
        String subscriber = subscriber();
        Hook hook = hookAnswering(204);
        String secret = registered(subscriber, hook);
        assertThat(secret).startsWith("whsec_");
        String ideaId = UUID.randomUUID().toString();
        followByWebhook(subscriber, ideaId);
        double pending = counted("PENDING");
        double sent = counted("SENT");

        ideaPublished(ideaId, "Kiezgarten am Wasser");

        await().atMost(WAIT).until(() -> hook.received().size() == 1);
        Received post = hook.received().get(0);
        new Webhook(secret).verify(post.body(), post.headers());
        assertThat(post.header("Content-Type")).startsWith("application/json");
        JsonNode body = JsonMapper.shared().readTree(post.body());
        assertThat(body.path("type").asString()).isEqualTo(IDEA_PUBLISHED);
        assertThat(body.path("target").path("type").asString()).isEqualTo("IDEA");
        assertThat(body.path("target").path("id").asString()).isEqualTo(ideaId);
        assertThat(body.path("unit").asString()).isEqualTo(UNIT);
        assertThat(body.path("texts").path("de").asString()).contains("„Kiezgarten am Wasser“");
        assertThat(body.path("texts").path("en").asString()).contains("\"Kiezgarten am Wasser\"");
        assertThat(body.path("link").asString()).endsWith("/ideas/" + ideaId);
        assertThat(Instant.parse(body.path("occurredAt").asString())).isBefore(Instant.now().plusSeconds(1));
        Document delivery = awaitDelivery(subscriber, "SENT", 1);
        assertThat(post.header("webhook-id")).isEqualTo(delivery.getString("_id"));
        assertThat(delivery.getInteger("lastStatusCode")).isEqualTo(204);
        JsonNode listedDelivery = deliveriesListed(subscriber, "?channel=WEBHOOK").get(0);
        assertThat(listedDelivery.path("id").asString()).isEqualTo(delivery.getString("_id"));
        assertThat(listedDelivery.path("channel").asString()).isEqualTo("WEBHOOK");
        assertThat(listedDelivery.path("status").asString()).isEqualTo("SENT");
        assertThat(listedDelivery.path("eventType").asString()).isEqualTo(IDEA_PUBLISHED);
        assertThat(listedDelivery.path("subject").asString()).isEqualTo(ideaId);
        assertThat(listedDelivery.path("attempts").asInt()).isEqualTo(1);
        assertThat(listedDelivery.path("settledAt").asString()).isNotBlank();
        assertThat(deliveriesListed(subscriber, "").findValuesAsString("channel")).contains("WEBHOOK");
        assertThat(deliveriesListed(subscriber, "?channel=EMAIL")).isEmpty();
        assertThat(counted("PENDING")).isGreaterThanOrEqualTo(pending + 1);
        assertThat(counted("SENT")).isGreaterThanOrEqualTo(sent + 1);

        HttpApi.Response listed = asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/webhooks");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("items")).hasSize(1);
        assertThat(listed.json().path("items").get(0).path("url").asString()).isEqualTo(hook.url());
        assertThat(listed.json().path("items").get(0).path("status").asString()).isEqualTo("ENABLED");
        assertThat(listed.text()).doesNotContain(secret).doesNotContain("secret");
    }

    @Test
    void aRotatedSecretSignsFromThenOnAndIsShownOnlyOnce() throws Exception {
        String subscriber = subscriber();
        Hook hook = hookAnswering(204);
        String old = registered(subscriber, hook);
        String endpointId = endpointOf(subscriber).path("id").asString();
        String path = "/api/v1/subscribers/" + subscriber + "/webhooks/" + endpointId + "/secret";
        assertThat(asCitizen(subscriber()).post(path, "").status()).isEqualTo(404);

        HttpApi.Response rotated = asCitizen(subscriber).post(path, "");
        assertThat(rotated.status()).isEqualTo(200);
        String secret = rotated.field("secret");
        assertThat(secret).startsWith("whsec_").isNotEqualTo(old);
        String ideaId = UUID.randomUUID().toString();
        followByWebhook(subscriber, ideaId);
        ideaPublished(ideaId, "Repair-Café");

        await().atMost(WAIT).until(() -> hook.received().size() == 1);
        Received post = hook.received().get(0);
        new Webhook(secret).verify(post.body(), post.headers());
        assertThatThrownBy(() -> new Webhook(old).verify(post.body(), post.headers()))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/webhooks").text())
                .doesNotContain(secret);
    }

    @Test
    void aDeliveryTheReceiverFailedIsTriedAgainLaterWithTheSameWebhookId() throws Exception {
        String subscriber = subscriber();
        Hook hook = hookAnswering(500, 200);
        String secret = registered(subscriber, hook);
        String ideaId = UUID.randomUUID().toString();
        followByWebhook(subscriber, ideaId);

        ideaPublished(ideaId, "Trinkbrunnen am Spreeufer");

        List<Received> posts = awaitFailedAttempts(subscriber, hook, 1);
        Document failedOnce = awaitDelivery(subscriber, "PENDING", 1);
        assertThat(failedOnce.getString("reason")).isEqualTo("answered 500");
        clock.advance(FIRST_DELAYS.get(0));
        await().atMost(WAIT).until(() -> posts.size() == 2);
        Document sent = awaitDelivery(subscriber, "SENT", 2);

        assertThat(posts.get(1).header("webhook-id")).isEqualTo(posts.get(0).header("webhook-id"))
                .isEqualTo(sent.getString("_id"));
        assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
        // the retry is signed at the moved time, which the library's five minutes of tolerance would refuse
        Webhook reference = new Webhook(secret);
        for (Received post : posts) {
            assertThat(post.header("webhook-signature")).isEqualTo(reference.sign(post.header("webhook-id"),
                    Long.parseLong(post.header("webhook-timestamp")), post.body()));
        }
        assertThat(endpointOf(subscriber).path("status").asString()).isEqualTo("ENABLED");
    }

    @Test
    void anEndpointAnswering410IsDisabledAtOnceUntilItsOwnerEnablesItAgain() {
        String subscriber = subscriber();
        Hook hook = hookAnswering(410, 204);
        registered(subscriber, hook);
        String ideaId = UUID.randomUUID().toString();
        followByWebhook(subscriber, ideaId);

        ideaPublished(ideaId, "Lastenrad-Verleih");

        Document gone = awaitDelivery(subscriber, "FAILED", 1);
        assertThat(gone.getInteger("lastStatusCode")).isEqualTo(410);
        JsonNode endpoint = endpointOf(subscriber);
        assertThat(endpoint.path("status").asString()).isEqualTo("DISABLED");
        assertThat(endpoint.path("disabledReason").asString()).isEqualTo("GONE");
        await().atMost(WAIT).until(() -> feedOf(subscriber).stream()
                .anyMatch(entry -> entry.path("eventType").asString().equals("webhook-disabled")));

        // nothing goes to a disabled endpoint: the next entry gets no delivery
        String nextIdea = UUID.randomUUID().toString();
        followByWebhook(subscriber, nextIdea);
        ideaPublished(nextIdea, "Sitzbänke");
        await().atMost(WAIT).until(() -> feedOf(subscriber).stream()
                .anyMatch(entry -> entry.path("subject").asString().equals(nextIdea)));
        assertThat(deliveriesOf(subscriber)).hasSize(1);
        assertThat(hook.received()).hasSize(1);

        HttpApi.Response enabled = asCitizen(subscriber).post("/api/v1/subscribers/" + subscriber + "/webhooks/"
                + endpoint.path("id").asString() + "/enable", "");
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.field("status")).isEqualTo("ENABLED");
        String third = UUID.randomUUID().toString();
        followByWebhook(subscriber, third);
        ideaPublished(third, "Nachbarschaftsfest");
        await().atMost(WAIT).until(() -> hook.received().size() == 2);
        awaitDelivery(subscriber, "SENT", 1);
    }

    @Test
    void aStreakOfFailedAttemptsDisablesTheEndpointAndItsOwnerIsToldInTheirFeed() {
        String subscriber = subscriber();
        Hook hook = hookAnswering(503);
        registered(subscriber, hook);
        String ideaId = UUID.randomUUID().toString();
        followByWebhook(subscriber, ideaId);

        ideaPublished(ideaId, "Wasserspielplatz");

        List<Received> posts = awaitFailedAttempts(subscriber, hook, TestWebhookSettings.DISABLE_AFTER);
        Document given = awaitDelivery(subscriber, "FAILED", TestWebhookSettings.DISABLE_AFTER);
        assertThat(given.getString("reason")).contains("answered 503", "endpoint disabled");
        assertThat(posts).extracting(post -> post.header("webhook-id")).containsOnly(given.getString("_id"));
        assertThat(endpointOf(subscriber).path("disabledReason").asString()).isEqualTo("FAILING");
        await().atMost(WAIT).until(() -> feedOf(subscriber).stream()
                .anyMatch(entry -> entry.path("eventType").asString().equals("webhook-disabled")));
        JsonNode told = feedOf(subscriber).stream()
                .filter(entry -> entry.path("eventType").asString().equals("webhook-disabled")).findFirst()
                .orElseThrow();
        assertThat(told.path("text").asString()).contains("Ihr Webhook " + hook.url(), "abgeschaltet");
    }

    @Test
    void takingWebhookOffOrUnfollowingSuppressesThePendingDeliveriesAtOnce() {
        String subscriber = subscriber();
        Hook hook = hookAnswering(500);
        registered(subscriber, hook);
        String changedIdea = UUID.randomUUID().toString();
        String changed = followByWebhook(subscriber, changedIdea);
        String endedIdea = UUID.randomUUID().toString();
        String ended = followByWebhook(subscriber, endedIdea);
        ideaPublished(changedIdea, "Hofflohmarkt");
        ideaPublished(endedIdea, "Kältebus");
        Query failedOnce = Query.query(Criteria.where("subscriberId").is(subscriber).and("status").is("PENDING")
                .and("attempts").is(1));
        await().atMost(WAIT).until(() -> mongo.count(failedOnce, "webhookDelivery") == 2);
        JsonNode waiting = deliveriesListed(subscriber, "?channel=WEBHOOK&status=PENDING");
        assertThat(waiting.findValuesAsString("subject")).containsExactlyInAnyOrder(changedIdea, endedIdea);
        assertThat(waiting.get(0).path("reason").isNull()).isTrue();
        double suppressed = counted("SUPPRESSED");

        HttpApi.Response inAppOnly = asCitizen(subscriber).send("PATCH", "/api/v1/subscriptions/" + changed,
                "{\"channels\":[\"IN_APP\"]}", Map.of());
        assertThat(inAppOnly.status()).as(inAppOnly.text()).isEqualTo(200);
        assertThat(asCitizen(subscriber).delete("/api/v1/subscriptions/" + ended).status()).isEqualTo(204);

        JsonNode listed = deliveriesListed(subscriber, "?channel=WEBHOOK");
        assertThat(listed.findValuesAsString("status")).containsOnly("SUPPRESSED");
        Map<String, String> reasonBySubject = new HashMap<>();
        listed.forEach(each -> reasonBySubject.put(each.path("subject").asString(), each.path("reason").asString()));
        assertThat(reasonBySubject).containsEntry(changedIdea, "CHANNEL_REMOVED")
                .containsEntry(endedIdea, "SUBSCRIPTION_ENDED");
        assertThat(counted("SUPPRESSED")).isGreaterThanOrEqualTo(suppressed + 2);
        assertThat(deliveriesListed(subscriber, "?status=PENDING")).isEmpty();
    }

    @Test
    void theExportHoldsTheEndpointsWithoutTheirSecretsAndTheDeliveriesAndAnErasureRemovesBoth() {
        String subscriber = subscriber();
        Hook hook = hookAnswering(204);
        String secret = registered(subscriber, hook);
        String ideaId = UUID.randomUUID().toString();
        followByWebhook(subscriber, ideaId);
        ideaPublished(ideaId, "Tauschregal");
        Document sent = awaitDelivery(subscriber, "SENT", 1);

        HttpApi.Response export = asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/export");
        assertThat(export.status()).isEqualTo(200);
        JsonNode webhooks = export.json().path("data").path("webhooks").get(0);
        assertThat(webhooks.path("endpoints").get(0).path("url").asString()).isEqualTo(hook.url());
        assertThat(webhooks.path("endpoints").get(0).path("description").asString()).isEqualTo("Verbands-CRM");
        JsonNode delivery = webhooks.path("deliveries").get(0);
        assertThat(delivery.path("id").asString()).isEqualTo(sent.getString("_id"));
        assertThat(delivery.path("status").asString()).isEqualTo("SENT");
        assertThat(delivery.path("subject").asString()).isEqualTo(ideaId);
        assertThat(delivery.path("payload").asString()).contains("Tauschregal");
        assertThat(export.text()).doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()))
                .doesNotContain("\"secret\"");

        assertThat(asCitizen(subscriber).delete("/api/v1/subscribers/" + subscriber).status()).isEqualTo(204);
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/export").json().path("data")
                .path("webhooks")).isEmpty();
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/webhooks").json()
                .path("items")).isEmpty();
        assertThat(deliveriesOf(subscriber)).isEmpty();
        assertThat(mongo.exists(Query.query(Criteria.where("subscriberId").is(subscriber)), "webhookEndpoint"))
                .isFalse();
    }

    @Test
    void aUrlThatIsNotHttpsOrLeadsInsideIsA400NamingUrlAndNothingIsStored() {
        String subscriber = subscriber();
        for (String url : List.of("http://192.0.2.10/hook", "ftp://hooks.example.org/in", "https://10.0.0.1/hook",
                "https://192.168.178.1/hook", "https://169.254.169.254/latest/meta-data/", "https://[fd00::1]/hook",
                "https://[::ffff:10.0.0.1]/hook", "https://0.0.0.0/hook", "https://user:pw@hooks.example.org/",
                "not a url")) {
            HttpApi.Response rejected = register(subscriber, url);
            assertThat(rejected.status()).as(url).isEqualTo(400);
            assertThat(rejected.json().path("errors").findValuesAsString("field")).as(url).containsExactly("url");
        }
        HttpApi.Response inEnglish = asCitizen(subscriber).inLanguage("en").post("/api/v1/subscribers/" + subscriber
                + "/webhooks", """
                {"url":"http://192.0.2.10/hook"}""");
        assertThat(inEnglish.json().path("errors").get(0).path("message").asString())
                .isEqualTo("must start with https");
        HttpApi.Response inside = register(subscriber, "https://10.0.0.1/hook");
        assertThat(inside.json().path("errors").get(0).path("message").asString())
                .startsWith("führt zu einer privaten");
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/webhooks").json()
                .path("items")).isEmpty();
    }

    @Test
    void nobodyRegistersOrSeesTheWebhooksOfAnotherSubscriber() {
        String subscriber = subscriber();
        Hook hook = hookAnswering(204);
        registered(subscriber, hook);
        String other = subscriber();

        assertThat(asCitizen(other).post("/api/v1/subscribers/" + subscriber + "/webhooks", """
                {"url":"%s"}""".formatted(hook.url())).status()).isEqualTo(403);
        assertThat(asCitizen(other).get("/api/v1/subscribers/" + subscriber + "/webhooks").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/subscribers/" + subscriber + "/webhooks").status()).isEqualTo(401);
        String endpointId = endpointOf(subscriber).path("id").asString();
        assertThat(asCitizen(other).delete("/api/v1/subscribers/" + subscriber + "/webhooks/" + endpointId).status())
                .isEqualTo(404);

        assertThat(asCitizen(subscriber).delete("/api/v1/subscribers/" + subscriber + "/webhooks/" + endpointId)
                .status()).isEqualTo(204);
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/webhooks").json()
                .path("items")).isEmpty();
    }
}
