package berlin.gemeinsam.notifications.subscriptions;

import berlin.gemeinsam.platform.inbox.ProcessedEvents;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Following a field of action and saving a search, over the API, and new ideas and measures delivered through the
 * broker reaching them.
 */
class SavedSearchesIntegrationTest extends ServiceApiTest {

    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final String IDEA_PUBLISHED_V2 = "berlin.gemeinsam.idea.published.v2";
    private static final String IDEA_ADOPTED = "berlin.gemeinsam.idea.adopted.v1";
    private static final String MEASURE_PROPOSED_V2 = "berlin.gemeinsam.measure.proposed.v2";
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** Alexanderplatz. */
    private static final double LATITUDE = 52.5219;
    private static final double LONGITUDE = 13.4132;
    /** Metres per degree of latitude on the sphere the service measures on. */
    private static final double METERS_PER_DEGREE = 111_195.08;

    @Autowired
    MongoTemplate mongo;

    private static String subscriber() {
        return "citizen-" + UUID.randomUUID();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A word no other test's events contain, so that a search for it hears only of this test's events. */
    private static String word() {
        return "wort" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpApi.Response follow(String subscriberId, String target) {
        return asCitizen(subscriberId).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":%s}""".formatted(subscriberId, target));
    }

    private String saveSearch(String subscriberId, String profile) {
        HttpApi.Response saved = follow(subscriberId, """
                {"type":"SEARCH","profile":%s}""".formatted(profile));
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        return saved.field("id");
    }

    private static void send(String stream, String service, String unit, String type, String subject, String data,
                             String eventId) {
        EventSchemas.assertValid(type, data);
        Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(eventId,
                "/units/" + unit + "/" + service, type, subject, unit));
        KafkaTestClient.send("gemeinsam." + unit + "." + stream, subject, data.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    /**
     * Publishes an idea as ideas-service does: v1, then v2 with the place, each its own event.
     *
     * @return the id of the v2 event
     */
    private static String ideaPublished(String unit, String ideaId, String title, String category, Double latitude,
                                        Double longitude) {
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ideaPublishedV1(unit, ideaId, title, category, time, newId());
        String eventId = newId();
        ideaPublishedV2(unit, ideaId, title, category, latitude, longitude, time, eventId);
        return eventId;
    }

    private static void ideaPublishedV1(String unit, String ideaId, String title, String category, Instant time,
                                        String eventId) {
        send("ideas", "ideas-service", unit, IDEA_PUBLISHED, ideaId, """
                {"ideaId":"%s","unit":"%s","title":"%s","problem":"Zu wenig Schatten","proposal":null,
                 "category":%s,"publishedAt":"%s"}""".formatted(ideaId, unit, title, json(category), time), eventId);
    }

    private static void ideaPublishedV2(String unit, String ideaId, String title, String category, Double latitude,
                                        Double longitude, Instant time, String eventId) {
        send("ideas", "ideas-service", unit, IDEA_PUBLISHED_V2, ideaId, """
                {"ideaId":"%s","unit":"%s","title":"%s","problem":"Zu wenig Schatten","proposal":null,
                 "category":%s,"principles":[],"latitude":%s,"longitude":%s,"language":"de","publishedAt":"%s"}"""
                .formatted(ideaId, unit, title, json(category), latitude, longitude, time), eventId);
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    /** @return the id of the event */
    private static String measureProposed(String unit, String measureId, String title, String fieldOfAction) {
        String eventId = newId();
        send("measures", "measures-service", unit, MEASURE_PROPOSED_V2, measureId, """
                {"measureId":"%s","unit":"%s","title":"%s","goal":"Wasser im Sommer","type":"NETWORK",
                 "sourceIdeaId":null,"participatingUnits":[],"fieldsOfAction":["%s"],"guidingPrinciples":[],
                 "linkedIdeaIds":[],"proposedAt":"%s"}""".formatted(measureId, unit, title, fieldOfAction,
                Instant.now()), eventId);
        return eventId;
    }

    private List<String> subjects(String subscriberId) {
        HttpApi.Response feed = asCitizen(subscriberId)
                .get("/api/v1/subscribers/" + subscriberId + "/notifications?size=100");
        assertThat(feed.status()).isEqualTo(200);
        return feed.json().path("items").findValuesAsString("subject");
    }

    private void awaitSubject(String subscriberId, String subject) {
        await().atMost(DELIVERY).until(() -> subjects(subscriberId).contains(subject));
    }

    /** The consumer finished the event: what it did not write by then, it never writes. */
    private void awaitHandled(String consumer, String unit, String service, String eventId) {
        Query handled = Query.query(Criteria.where("consumer").is(consumer)
                .and("event").is("/units/" + unit + "/" + service + "|" + eventId));
        await().atMost(DELIVERY).until(() -> mongo.exists(handled, ProcessedEvents.COLLECTION));
    }

    private static String north(double meters) {
        return "%s".formatted(LATITUDE + meters / METERS_PER_DEGREE);
    }

    @Test
    void aSavedSearchIsListedWithItsProfileSavedOnceAndDeleted() {
        String subscriber = subscriber();
        String profile = """
                {"keywords":["Baum","rad"],"units":["pankow"],"categories":["Mobilität"],
                 "point":{"latitude":%s,"longitude":%s},"radiusMeters":800}""".formatted(LATITUDE, LONGITUDE);

        String id = saveSearch(subscriber, profile);
        HttpApi.Response again = follow(subscriber, """
                {"type":"SEARCH","profile":%s}""".formatted(profile));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.field("id")).isEqualTo(id);
        JsonNode listed = asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions").json()
                .path("items").get(0);
        assertThat(listed.path("target").path("type").asString()).isEqualTo("SEARCH");
        assertThat(listed.path("profile").toString()).contains("\"keywords\":[\"baum\",\"rad\"]",
                "\"units\":[\"pankow\"]", "\"categories\":[\"MOBILITY\"]", "\"radiusMeters\":800",
                "\"latitude\":" + LATITUDE);
        assertThat(asCitizen(subscriber).delete("/api/v1/subscriptions/" + id).status()).isEqualTo(204);
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions").json()
                .path("totalItems").asLong()).isZero();
    }

    @Test
    void anIdeaNearThePointOfASearchReachesItAndOneFartherAwayDoesNot() {
        String subscriber = subscriber();
        String word = word();
        saveSearch(subscriber, """
                {"keywords":["%s"],"point":{"latitude":%s,"longitude":%s},"radiusMeters":500}"""
                .formatted(word, LATITUDE, LONGITUDE));
        String near = newId();
        String far = newId();

        String farEvent = ideaPublished("pankow", far, "Mehr " + word, null, Double.parseDouble(north(700)),
                LONGITUDE);
        ideaPublished("friedrichshain-kreuzberg", near, "Bänke und " + word.toUpperCase(Locale.ROOT), null,
                Double.parseDouble(north(400)), LONGITUDE);

        awaitSubject(subscriber, near);
        awaitHandled("ideaEvents", "pankow", "ideas-service", farEvent);
        assertThat(subjects(subscriber)).containsExactly(near);
    }

    @Test
    void aSearchHearsOfItsUnitsOrItsRadiusWithTheKeywordAndTheFieldOfAction() {
        String subscriber = subscriber();
        String word = word();
        saveSearch(subscriber, """
                {"keywords":["%s"],"units":["spandau"],"categories":["ENVIRONMENT_CLIMATE"],
                 "point":{"latitude":%s,"longitude":%s},"radiusMeters":3000}""".formatted(word, LATITUDE, LONGITUDE));
        String inUnit = newId();
        String nearby = newId();
        String measureInUnit = newId();
        String otherField = newId();
        String withoutWord = newId();

        String otherFieldEvent = ideaPublished("spandau", otherField, "Radweg " + word, "MOBILITY", null, null);
        String withoutWordEvent = ideaPublished("spandau", withoutWord, "Bäume gießen", "ENVIRONMENT_CLIMATE",
                null, null);
        ideaPublished("spandau", inUnit, "Bäume " + word, "ENVIRONMENT_CLIMATE", null, null);
        ideaPublished("mitte", nearby, "Grün " + word, "ENVIRONMENT_CLIMATE", LATITUDE, LONGITUDE);
        measureProposed("spandau", measureInUnit, "Stadtbäume " + word, "ENVIRONMENT_CLIMATE");

        awaitSubject(subscriber, inUnit);
        awaitSubject(subscriber, nearby);
        awaitSubject(subscriber, measureInUnit);
        awaitHandled("ideaEvents", "spandau", "ideas-service", otherFieldEvent);
        awaitHandled("ideaEvents", "spandau", "ideas-service", withoutWordEvent);
        assertThat(subjects(subscriber)).containsExactlyInAnyOrder(inUnit, nearby, measureInUnit);
    }

    @Test
    void aSubscriberFollowingTheUnitWithAMatchingSearchAndItsFieldOfActionIsToldOnce() {
        String subscriber = subscriber();
        String word = word();
        assertThat(follow(subscriber, """
                {"type":"UNIT","id":"reinickendorf"}""").status()).isEqualTo(201);
        assertThat(follow(subscriber, """
                {"type":"CATEGORY","id":"CULTURE"}""").status()).isEqualTo(201);
        saveSearch(subscriber, """
                {"keywords":["%s"],"units":["reinickendorf"]}""".formatted(word));
        saveSearch(subscriber, """
                {"keywords":["%s"]}""".formatted(word));
        String ideaId = newId();
        String measureId = newId();

        String ideaEvent = ideaPublished("reinickendorf", ideaId, "Lesecafé " + word, "CULTURE", null, null);
        String measureEvent = measureProposed("reinickendorf", measureId, "Bibliothek " + word, "CULTURE");

        awaitSubject(subscriber, ideaId);
        awaitSubject(subscriber, measureId);
        awaitHandled("ideaEvents", "reinickendorf", "ideas-service", ideaEvent);
        awaitHandled("measureEvents", "reinickendorf", "measures-service", measureEvent);
        assertThat(subjects(subscriber)).containsExactlyInAnyOrder(ideaId, measureId);
        assertThat(mongo.getCollection("notification").countDocuments(
                new Document("subscriberId", subscriber))).isEqualTo(2);
    }

    /**
     * Ideas published together are matched to the saved searches in one go (a poll's publications at once): each
     * search hears of the ideas it matches and of no other, and a follower of the unit whose search matches too
     * keeps one entry per idea.
     */
    @Test
    void ideasPublishedTogetherReachEachMatchingSearchAndTheUnitsFollowersOnceEach() {
        String first = word();
        String second = word();
        String searchingFirst = subscriber();
        String searchingSecondInUnit = subscriber();
        String followingUnit = subscriber();
        saveSearch(searchingFirst, """
                {"keywords":["%s"]}""".formatted(first));
        saveSearch(searchingSecondInUnit, """
                {"keywords":["%s"],"units":["sen-stadt"]}""".formatted(second));
        assertThat(follow(followingUnit, """
                {"type":"UNIT","id":"sen-stadt"}""").status()).isEqualTo(201);
        saveSearch(followingUnit, """
                {"keywords":["%s"]}""".formatted(first));
        String firstIdea = newId();
        String secondIdea = newId();
        String secondElsewhere = newId();

        String elsewhereEvent = ideaPublished("sen-mvku", secondElsewhere, "Brunnen " + second, null, null, null);
        String firstEvent = ideaPublished("sen-stadt", firstIdea, "Bänke " + first, null, null, null);
        String secondEvent = ideaPublished("sen-stadt", secondIdea, "Bäume " + second, null, null, null);

        awaitHandled("ideaEvents", "sen-mvku", "ideas-service", elsewhereEvent);
        awaitHandled("ideaEvents", "sen-stadt", "ideas-service", firstEvent);
        awaitHandled("ideaEvents", "sen-stadt", "ideas-service", secondEvent);
        assertThat(subjects(searchingFirst)).containsExactly(firstIdea);
        assertThat(subjects(searchingSecondInUnit)).containsExactly(secondIdea);
        assertThat(subjects(followingUnit)).containsExactlyInAnyOrder(firstIdea, secondIdea);
        assertThat(mongo.getCollection("notification").countDocuments(
                new Document("subscriberId", followingUnit))).isEqualTo(2);
    }

    /**
     * The relay sends a publication's v2 once the broker took its v1, so the two often come in different polls: the
     * v1 tells the followers, the v2 only the saved searches (a subscriber following the unit only after the v1 was
     * told hears nothing of the v2, so it did not tell the followers again), and both again change nothing.
     */
    @Test
    void aPublicationWhoseV2ComesInALaterPollTellsEachFollowerOnceAndEachSavedSearchOnce() {
        String word = word();
        String following = subscriber();
        String searching = subscriber();
        String followingAndSearching = subscriber();
        String followingLater = subscriber();
        assertThat(follow(following, """
                {"type":"UNIT","id":"spandau"}""").status()).isEqualTo(201);
        assertThat(follow(followingAndSearching, """
                {"type":"UNIT","id":"spandau"}""").status()).isEqualTo(201);
        saveSearch(searching, """
                {"keywords":["%s"]}""".formatted(word));
        saveSearch(followingAndSearching, """
                {"keywords":["%s"]}""".formatted(word));
        String ideaId = newId();
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String v1 = newId();
        String v2 = newId();

        ideaPublishedV1("spandau", ideaId, "Sitzbänke " + word, null, time, v1);
        awaitHandled("ideaEvents", "spandau", "ideas-service", v1);
        assertThat(subjects(following)).containsExactly(ideaId);
        assertThat(subjects(searching)).isEmpty();
        assertThat(follow(followingLater, """
                {"type":"UNIT","id":"spandau"}""").status()).isEqualTo(201);
        ideaPublishedV2("spandau", ideaId, "Sitzbänke " + word, null, null, null, time, v2);
        awaitHandled("ideaEvents", "spandau", "ideas-service", v2);
        ideaPublishedV1("spandau", ideaId, "Sitzbänke " + word, null, time, v1);
        ideaPublishedV2("spandau", ideaId, "Sitzbänke " + word, null, null, null, time, v2);
        // a later event of the idea, on the same partition: once it is handled, so is the replay before it
        String adoption = newId();
        send("ideas", "ideas-service", "spandau", IDEA_ADOPTED, ideaId, """
                {"ideaId":"%s","unit":"spandau","title":"Sitzbänke","measureId":"%s","measureUnit":"central",
                 "adoptedAt":"%s"}""".formatted(ideaId, newId(), Instant.now()), adoption);
        awaitHandled("ideaEvents", "spandau", "ideas-service", adoption);

        assertThat(subjects(searching)).containsExactly(ideaId);
        assertThat(subjects(following)).containsExactly(ideaId, ideaId);
        assertThat(subjects(followingAndSearching)).containsExactly(ideaId, ideaId);
        assertThat(subjects(followingLater)).containsExactly(ideaId);
        Document ofThisTest = new Document("subject", ideaId).append("subscriberId", new Document("$in",
                List.of(following, searching, followingAndSearching, followingLater)));
        assertThat(mongo.getCollection("notification").countDocuments(new Document(ofThisTest)
                .append("eventType", IDEA_PUBLISHED))).isEqualTo(2);
        assertThat(mongo.getCollection("notification").countDocuments(new Document(ofThisTest)
                .append("eventType", IDEA_PUBLISHED_V2))).isEqualTo(1);
    }

    @Test
    void followersOfAFieldOfActionHearOfItsNewMeasuresAndIdeasOnly() {
        String subscriber = subscriber();
        HttpApi.Response followed = follow(subscriber, """
                {"type":"CATEGORY","id":"Gesundheit"}""");
        assertThat(followed.status()).isEqualTo(201);
        assertThat(followed.json().path("target").path("id").asString()).isEqualTo("HEALTH");
        String health = newId();
        String culture = newId();

        String cultureEvent = measureProposed("marzahn-hellersdorf", culture, "Theater", "CULTURE");
        measureProposed("marzahn-hellersdorf", health, "Trinkbrunnen", "HEALTH");

        awaitSubject(subscriber, health);
        awaitHandled("measureEvents", "marzahn-hellersdorf", "measures-service", cultureEvent);
        assertThat(subjects(subscriber)).containsExactly(health);
    }

    private static void assertRejected(HttpApi.Response answer, String... fields) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").findValuesAsString("field")).as(answer.text())
                .containsExactlyInAnyOrder(fields);
    }

    @Test
    void aSearchOrFieldOfActionThatCannotBeMatchedIsRejectedNamingEachFieldAndNothingIsSaved() {
        String subscriber = subscriber();
        String point = "\"point\":{\"latitude\":%s,\"longitude\":%s}".formatted(LATITUDE, LONGITUDE);

        HttpApi.Response unknownCategory = follow(subscriber, """
                {"type":"CATEGORY","id":"Sport"}""");
        assertRejected(unknownCategory, "target.id");
        assertThat(unknownCategory.json().path("errors").get(0).path("message").asString())
                .startsWith("ist kein Handlungsfeld");
        assertRejected(follow(subscriber, """
                {"type":"SEARCH"}"""), "target.profile");
        assertRejected(follow(subscriber, """
                {"type":"SEARCH","profile":{%s,"radiusMeters":499}}""".formatted(point)),
                "target.profile.radiusMeters");
        assertRejected(follow(subscriber, """
                {"type":"SEARCH","profile":{%s,"radiusMeters":3001}}""".formatted(point)),
                "target.profile.radiusMeters");
        assertRejected(follow(subscriber, """
                {"type":"SEARCH","profile":{%s}}""".formatted(point)), "target.profile.radiusMeters");
        assertRejected(follow(subscriber, """
                {"type":"SEARCH","profile":{"radiusMeters":1000}}"""), "target.profile.point");
        HttpApi.Response outside = asCitizen(subscriber).inLanguage("en").post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"SEARCH","profile":{
                 "point":{"latitude":48.14,"longitude":11.58},"radiusMeters":1000}}}""".formatted(subscriber));
        assertRejected(outside, "target.profile.point");
        assertThat(outside.json().path("errors").get(0).path("message").asString()).startsWith("is not in Berlin");
        assertRejected(follow(subscriber, """
                {"type":"SEARCH","profile":{"keywords":["a","%s"],"units":["atlantis"],"categories":["Sport"]}}"""
                .formatted("x".repeat(51))), "target.profile.keywords[0]", "target.profile.keywords[1]",
                "target.profile.units", "target.profile.categories");
        assertRejected(follow(subscriber, """
                {"type":"SEARCH","profile":{"keywords":["aa","bb","cc","dd","ee","ff","gg","hh","ii","jj","kk"]}}"""),
                "target.profile.keywords");

        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions").json()
                .path("totalItems").asLong()).isZero();
    }
}
