package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.platform.inbox.ProcessedEvents;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real events of other services, delivered through the broker, become entries in their followers' feeds. */
class FeedIntegrationTest extends ServiceApiTest {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final String IDEA_ADOPTED = "berlin.gemeinsam.idea.adopted.v1";
    private static final String MEASURE_PROPOSED = "berlin.gemeinsam.measure.proposed.v1";
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "gemeinsam.mitte.notification-service.dlq";

    @Autowired
    MongoTemplate mongo;

    private static String subscriber() {
        return "citizen-" + UUID.randomUUID();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private void follow(String subscriberId, String type, String id) {
        HttpApi.Response followed = asCitizen(subscriberId).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"%s","id":"%s"}}""".formatted(subscriberId, type, id));
        assertThat(followed.status()).isEqualTo(201);
    }

    /** Sends an event as its owning unit's service would. */
    private static void send(String stream, String service, String unit, String type, String subject, String data,
                               Instant time, String eventId) {
        EventSchemas.assertValid(type, data);
        Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(eventId,
                "/units/" + unit + "/" + service, type, subject, unit));
        headers.put("ce_time", time.toString());
        KafkaTestClient.send("gemeinsam." + unit + "." + stream, subject, data.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    private static void ideaPublished(String unit, String ideaId, String title, Instant time, String eventId) {
        String data = """
                {"ideaId":"%s","unit":"%s","title":"%s","problem":"Am Ufer fehlen Sitzplätze","proposal":null,
                 "category":"Stadtraum","publishedAt":"%s"}""".formatted(ideaId, unit, title, time);
        send("ideas", "ideas-service", unit, IDEA_PUBLISHED, ideaId, data, time, eventId);
    }

    private static void ideaPublished(String unit, String ideaId, String title) {
        ideaPublished(unit, ideaId, title, Instant.now(), newId());
    }

    private static void ideaAdopted(String unit, String ideaId, String title, Instant time) {
        String data = """
                {"ideaId":"%s","unit":"%s","title":"%s","measureId":"%s","measureUnit":"central","adoptedAt":"%s"}"""
                .formatted(ideaId, unit, title, newId(), time);
        send("ideas", "ideas-service", unit, IDEA_ADOPTED, ideaId, data, time, newId());
    }

    private static void measureProposed(String unit, String measureId, String title, String sourceIdeaId) {
        Instant time = Instant.now();
        String data = """
                {"measureId":"%s","unit":"%s","title":"%s","goal":"Wasser im Sommer","type":"NETWORK",
                 "sourceIdeaId":"%s","proposedAt":"%s"}""".formatted(measureId, unit, title, sourceIdeaId, time);
        send("measures", "measures-service", unit, MEASURE_PROPOSED, measureId, data, time, newId());
    }

    private JsonNode feed(HttpApi as, String subscriberId) {
        HttpApi.Response feed = as.withToken(TestIssuer.get().citizen(subscriberId))
                .get("/api/v1/subscribers/" + subscriberId + "/notifications?size=100");
        assertThat(feed.status()).isEqualTo(200);
        return feed.json();
    }

    private List<String> subjects(String subscriberId) {
        return feed(api, subscriberId).path("items").findValuesAsString("subject");
    }

    private void awaitSubjects(String subscriberId, int count) {
        await().atMost(DELIVERY).until(() -> subjects(subscriberId).size() >= count);
    }

    /** The consumer finished the event (its entries already existing is no failure) and did not dead-letter it. */
    private void awaitHandled(String unit, String eventId) {
        Query handled = Query.query(Criteria.where("consumer").is("ideaEvents")
                .and("event").is("/units/" + unit + "/ideas-service|" + eventId));
        await().atMost(DELIVERY).until(() -> mongo.exists(handled, ProcessedEvents.COLLECTION));
    }

    @Test
    void followersOfAUnitAreToldOfItsNewIdeasAndNotOfAnotherUnits() {
        String mitteFollower = subscriber();
        String pankowFollower = subscriber();
        follow(mitteFollower, "UNIT", "mitte");
        follow(pankowFollower, "UNIT", "pankow");
        String pankowIdea = newId();
        String mitteIdea = newId();

        ideaPublished("pankow", pankowIdea, "Kiezgarten");
        ideaPublished("mitte", mitteIdea, "Bänke am Spreeufer");

        await().atMost(DELIVERY).until(() -> subjects(pankowFollower).contains(pankowIdea));
        await().atMost(DELIVERY).until(() -> subjects(mitteFollower).contains(mitteIdea));
        assertThat(subjects(mitteFollower)).doesNotContain(pankowIdea);
        JsonNode entry = feed(api, mitteFollower).path("items").get(0);
        assertThat(entry.path("eventType").asString()).isEqualTo(IDEA_PUBLISHED);
        assertThat(entry.path("unit").asString()).isEqualTo("mitte");
        assertThat(entry.path("text").asString()).isEqualTo("Neue Idee in Bezirksamt Mitte: „Bänke am Spreeufer“");
        assertThat(entry.path("id").asString()).isNotBlank();
        assertThat(entry.path("time").asString()).isNotBlank();
        assertThat(feed(api.inLanguage("en"), mitteFollower).path("items").get(0).path("text").asString())
                .isEqualTo("New idea in Mitte district office: \"Bänke am Spreeufer\"");
    }

    @Test
    void followersOfAnIdeaAreToldWhenItIsAdoptedAndOfTheMeasureWhenItIsProposed() {
        String ideaFollower = subscriber();
        String measureFollower = subscriber();
        String centralFollower = subscriber();
        String ideaId = newId();
        String measureId = newId();
        follow(ideaFollower, "IDEA", ideaId);
        follow(measureFollower, "MEASURE", measureId);
        follow(centralFollower, "UNIT", "central");

        ideaAdopted("lichtenberg", ideaId, "Trinkbrunnen", Instant.now());
        measureProposed("central", measureId, "Trinkbrunnen für alle", ideaId);

        awaitSubjects(ideaFollower, 1);
        JsonNode adopted = feed(api, ideaFollower).path("items").get(0);
        assertThat(adopted.path("eventType").asString()).isEqualTo(IDEA_ADOPTED);
        assertThat(adopted.path("subject").asString()).isEqualTo(ideaId);
        assertThat(adopted.path("text").asString())
                .isEqualTo("Die Idee „Trinkbrunnen“ wurde als Maßnahme übernommen.");
        await().atMost(DELIVERY).until(() -> subjects(measureFollower).contains(measureId));
        await().atMost(DELIVERY).until(() -> subjects(centralFollower).contains(measureId));
        assertThat(feed(api, measureFollower).path("items").get(0).path("text").asString())
                .isEqualTo("Neue Maßnahme von Zentrale Steuerung: „Trinkbrunnen für alle“");
        assertThat(feed(api.inLanguage("en"), centralFollower).path("items").get(0).path("text").asString())
                .isEqualTo("New measure by Central office: \"Trinkbrunnen für alle\"");
        // the measure proposed from the idea reaches the idea's followers through the adoption only
        assertThat(subjects(ideaFollower)).containsExactly(ideaId);
    }

    @Test
    void aSubscriberFollowingBothTheUnitAndTheIdeaIsToldOncePerEventNewestFirst() {
        String subscriber = subscriber();
        String ideaId = newId();
        follow(subscriber, "UNIT", "friedrichshain-kreuzberg");
        follow(subscriber, "IDEA", ideaId);
        Instant published = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.MILLIS);

        // the adoption arrives first but happened later: the feed orders by the time of the change
        ideaAdopted("friedrichshain-kreuzberg", ideaId, "Fahrradbügel", Instant.now());
        ideaPublished("friedrichshain-kreuzberg", ideaId, "Fahrradbügel", published, newId());

        awaitSubjects(subscriber, 2);
        JsonNode items = feed(api, subscriber).path("items");
        assertThat(items.findValuesAsString("eventType")).containsExactly(IDEA_ADOPTED, IDEA_PUBLISHED);
        assertThat(Instant.parse(items.get(1).path("time").asString())).isEqualTo(published);
        assertThat(mongo.getCollection("notification").countDocuments(
                new Document("subscriberId", subscriber))).isEqualTo(2);
    }

    @Test
    void theSameEventDeliveredAgainIsOneEntryAndAFanOutCutShortIsCompleted() {
        String first = subscriber();
        String second = subscriber();
        String ideaId = newId();
        follow(first, "IDEA", ideaId);
        follow(second, "IDEA", ideaId);
        String eventId = newId();
        Instant time = Instant.now();

        ideaPublished("neukoelln", ideaId, "Schattenplätze", time, eventId);
        awaitSubjects(first, 1);
        awaitSubjects(second, 1);
        // the same event again, as after a rebalance: dropped by its source and id
        ideaPublished("neukoelln", ideaId, "Schattenplätze", time, eventId);
        // and again after a crash in the middle of the fan-out: the first follower's entry was written, the
        // second's not, nor the record that the event was processed
        mongo.getCollection("notification").deleteMany(new Document("subscriberId", second));
        mongo.remove(new Query(), ProcessedEvents.COLLECTION);
        ideaPublished("neukoelln", ideaId, "Schattenplätze", time, eventId);
        // a later event of the same idea, on the same partition: once it is in the feed, the duplicates were handled
        ideaAdopted("neukoelln", ideaId, "Schattenplätze", time.plusSeconds(60));

        awaitSubjects(first, 2);
        awaitSubjects(second, 2);
        awaitHandled("neukoelln", eventId);
        assertThat(feed(api, first).path("items").findValuesAsString("eventType"))
                .containsExactly(IDEA_ADOPTED, IDEA_PUBLISHED);
        assertThat(feed(api, second).path("items").findValuesAsString("eventType"))
                .containsExactly(IDEA_ADOPTED, IDEA_PUBLISHED);
    }

    /**
     * The consumer takes a whole poll at once: an event that cannot be handled must cost neither the events before
     * it nor those after it, and must not be retried forever.
     */
    @Test
    void poisonBetweenEventsGoesToTheDeadLettersAndTheEventsAroundItReachTheFeed() {
        String subscriberId = subscriber();
        String before = newId();
        String after = newId();
        follow(subscriberId, "IDEA", before);
        follow(subscriberId, "IDEA", after);
        String poisonKey = "poison-" + UUID.randomUUID();

        ideaPublished("lichtenberg", before, "Vorher");
        KafkaTestClient.send("gemeinsam.lichtenberg.ideas", poisonKey, "kein Event".getBytes(StandardCharsets.UTF_8),
                Map.of());
        ideaPublished("lichtenberg", after, "Nachher");

        awaitSubjects(subscriberId, 2);
        assertThat(subjects(subscriberId)).containsExactlyInAnyOrder(before, after);
        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.readUntil(DEAD_LETTERS,
                record -> poisonKey.equals(record.key()), DELIVERY);
        assertThat(deadLetters).hasSize(1);
        assertThat(KafkaTestClient.header(deadLetters.get(0), "kafka_dlt-original-topic"))
                .isEqualTo("gemeinsam.lichtenberg.ideas");
    }

    @Test
    void afterUnfollowingNothingMoreArrives() {
        String leaving = subscriber();
        String staying = subscriber();
        String ideaId = newId();
        follow(leaving, "IDEA", ideaId);
        follow(staying, "IDEA", ideaId);
        ideaPublished("spandau", ideaId, "Spielplatz");
        awaitSubjects(leaving, 1);
        String subscription = asCitizen(leaving).get("/api/v1/subscribers/" + leaving + "/subscriptions").json()
                .path("items").get(0).path("id").asString();

        assertThat(asCitizen(leaving).delete("/api/v1/subscriptions/" + subscription).status()).isEqualTo(204);
        ideaAdopted("spandau", ideaId, "Spielplatz", Instant.now());

        awaitSubjects(staying, 2);
        assertThat(feed(api, leaving).path("items").findValuesAsString("eventType")).containsExactly(IDEA_PUBLISHED);
    }

    @Test
    void oneEventReachesThousandsOfFollowersOnceEach() {
        String unit = "marzahn-hellersdorf";
        List<Subscription> followers = IntStream.range(0, 2_500)
                .mapToObj(i -> Subscription.follow("crowd-" + UUID.randomUUID(), Target.unit(unit), Instant.now()))
                .toList();
        mongo.insertAll(followers);
        String ideaId = newId();
        String both = followers.get(1_500).getSubscriberId();
        follow(both, "IDEA", ideaId);

        String eventId = newId();
        ideaPublished(unit, ideaId, "Mieterberatung", Instant.now(), eventId);

        Document ofTheIdea = new Document("subject", ideaId);
        awaitHandled(unit, eventId);
        assertThat(mongo.getCollection("notification").countDocuments(ofTheIdea)).isEqualTo(2_500);
        assertThat(subjects(both)).containsExactly(ideaId);
        assertThat(subjects(followers.get(0).getSubscriberId())).containsExactly(ideaId);
        assertThat(subjects(followers.get(2_499).getSubscriberId())).containsExactly(ideaId);
    }

    @Test
    void aSubscriberWithoutNotificationsHasAnEmptyFeedAndPagingIsValidated() {
        JsonNode empty = feed(api, subscriber());
        assertThat(empty.path("items")).isEmpty();
        assertThat(empty.path("totalItems").asLong()).isZero();

        HttpApi.Response hugePage = api.get("/api/v1/subscribers/" + subscriber() + "/notifications?size=1000");
        assertThat(hugePage.status()).isEqualTo(400);
        assertThat(hugePage.json().path("errors").findValuesAsString("field")).containsExactly("size");
        HttpApi.Response negativePage = api.get("/api/v1/subscribers/" + subscriber() + "/notifications?page=-1");
        assertThat(negativePage.json().path("errors").findValuesAsString("field")).containsExactly("page");
    }
}
