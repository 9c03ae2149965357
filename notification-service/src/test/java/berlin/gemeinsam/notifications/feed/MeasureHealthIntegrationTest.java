package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import berlin.gemeinsam.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A measure's change of health reaches the followers of the measure and of the ideas it takes up, each once, from
 * the measures' real events through the broker; a proposal published as v1 and v2 is told once, and an old v1 alone
 * still counts.
 */
class MeasureHealthIntegrationTest extends ServiceApiTest {

    private static final String PROPOSED_V1 = "berlin.gemeinsam.measure.proposed.v1";
    private static final String PROPOSED_V2 = "berlin.gemeinsam.measure.proposed.v2";
    private static final String IDEA_LINKED = "berlin.gemeinsam.measure.idea-linked.v1";
    private static final String HEALTH_CHANGED = "berlin.gemeinsam.measure.health-changed.v1";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String subscriber() {
        return "citizen-" + UUID.randomUUID();
    }

    private void follow(String subscriberId, String type, String id) {
        HttpApi.Response followed = asCitizen(subscriberId).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"%s","id":"%s"}}""".formatted(subscriberId, type, id));
        assertThat(followed.status()).isEqualTo(201);
    }

    private static void send(String unit, String type, String measureId, String data) {
        EventSchemas.assertValid(type, data);
        Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(newId(),
                "/units/" + unit + "/measures-service", type, measureId, unit));
        KafkaTestClient.send("gemeinsam." + unit + ".measures", measureId, data.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    private static void proposedV1(String unit, String measureId, String title, String sourceIdeaId, Instant at) {
        send(unit, PROPOSED_V1, measureId, """
                {"measureId":"%s","unit":"%s","title":"%s","goal":"Schatten im Sommer","type":"DECENTRAL",
                 "sourceIdeaId":"%s","proposedAt":"%s"}""".formatted(measureId, unit, title, sourceIdeaId, at));
    }

    private static void proposedV2(String unit, String measureId, String title, String sourceIdeaId, Instant at) {
        send(unit, PROPOSED_V2, measureId, """
                {"measureId":"%s","unit":"%s","title":"%s","goal":"Schatten im Sommer","type":"DECENTRAL",
                 "sourceIdeaId":"%s","participatingUnits":[],"fieldsOfAction":[],"guidingPrinciples":[],
                 "linkedIdeaIds":["%s"],"proposedAt":"%s"}"""
                .formatted(measureId, unit, title, sourceIdeaId, sourceIdeaId, at));
    }

    private static void ideaLinked(String unit, String measureId, String title, String ideaId) {
        send(unit, IDEA_LINKED, measureId, """
                {"measureId":"%s","unit":"%s","title":"%s","ideaId":"%s","linkedAt":"%s"}"""
                .formatted(measureId, unit, title, ideaId, Instant.now()));
    }

    private static void healthChanged(String unit, String measureId, String title, String from, String to) {
        send(unit, HEALTH_CHANGED, measureId, """
                {"measureId":"%s","unit":"%s","title":"%s","previousHealth":"%s","health":"%s","progress":40,
                 "overdueMilestones":1,"changedAt":"%s"}""".formatted(measureId, unit, title, from, to, Instant.now()));
    }

    private List<JsonNode> feed(String subscriberId, String language) {
        HttpApi.Response feed = api.inLanguage(language).withToken(TestIssuer.get().citizen(subscriberId))
                .get("/api/v1/subscribers/" + subscriberId + "/notifications?size=100");
        assertThat(feed.status()).isEqualTo(200);
        return feed.json().path("items").valueStream().toList();
    }

    private List<String> eventTypes(String subscriberId) {
        return feed(subscriberId, "de").stream().map(entry -> entry.path("eventType").asString()).toList();
    }

    private void awaitEventType(String subscriberId, String type) {
        await().atMost(DELIVERY).until(() -> eventTypes(subscriberId).contains(type));
    }

    @Test
    void theFollowersOfTheMeasureAndOfItsIdeasAreToldOnceEachWhenItsHealthChanges() {
        String unit = "treptow-koepenick";
        String sourceIdea = newId();
        String linkedIdea = newId();
        String measureId = newId();
        String sourceFollower = subscriber();
        String linkedFollower = subscriber();
        String followingIdeaAndMeasure = subscriber();
        String unitFollower = subscriber();
        follow(sourceFollower, "IDEA", sourceIdea);
        follow(linkedFollower, "IDEA", linkedIdea);
        follow(followingIdeaAndMeasure, "IDEA", sourceIdea);
        follow(followingIdeaAndMeasure, "MEASURE", measureId);
        follow(unitFollower, "UNIT", unit);
        Instant proposedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        // measures-service writes both versions of the proposal in one change
        proposedV1(unit, measureId, "Schattenbäume", sourceIdea, proposedAt);
        proposedV2(unit, measureId, "Schattenbäume", sourceIdea, proposedAt);
        ideaLinked(unit, measureId, "Schattenbäume", linkedIdea);
        healthChanged(unit, measureId, "Schattenbäume", "ON_TRACK", "AT_RISK");

        awaitEventType(sourceFollower, HEALTH_CHANGED);
        awaitEventType(linkedFollower, HEALTH_CHANGED);
        awaitEventType(followingIdeaAndMeasure, HEALTH_CHANGED);
        assertThat(eventTypes(sourceFollower)).containsExactly(HEALTH_CHANGED);
        assertThat(eventTypes(linkedFollower)).containsExactly(HEALTH_CHANGED);
        // one entry for the proposal told by two events, one for the health change followed twice
        assertThat(eventTypes(followingIdeaAndMeasure)).containsExactly(HEALTH_CHANGED, PROPOSED_V1);
        // the unit's followers hear of the proposal, not of each turn of the measure
        assertThat(eventTypes(unitFollower)).containsExactly(PROPOSED_V1);
        JsonNode told = feed(sourceFollower, "de").get(0);
        assertThat(told.path("subject").asString()).isEqualTo(measureId);
        assertThat(told.path("unit").asString()).isEqualTo(unit);
        assertThat(told.path("text").asString()).isEqualTo("Die Maßnahme „Schattenbäume“ ist gefährdet.");
        assertThat(feed(linkedFollower, "en").get(0).path("text").asString())
                .isEqualTo("The measure \"Schattenbäume\" is at risk.");
        assertThat(Instant.parse(feed(unitFollower, "de").get(0).path("time").asString())).isEqualTo(proposedAt);
    }

    @Test
    void aMeasureProposedBeforeV2ExistedIsToldOnceAndItsSourceIdeasFollowersHearOfItsHealth() {
        String unit = "reinickendorf";
        String sourceIdea = newId();
        String measureId = newId();
        String ideaFollower = subscriber();
        String unitFollower = subscriber();
        follow(ideaFollower, "IDEA", sourceIdea);
        follow(unitFollower, "UNIT", unit);

        proposedV1(unit, measureId, "Trinkbrunnen", sourceIdea, Instant.now());
        healthChanged(unit, measureId, "Trinkbrunnen", "AT_RISK", "OFF_TRACK");

        awaitEventType(ideaFollower, HEALTH_CHANGED);
        assertThat(feed(ideaFollower, "de")).singleElement().satisfies(entry -> assertThat(
                entry.path("text").asString()).isEqualTo("Die Maßnahme „Trinkbrunnen“ ist nicht mehr im Plan."));
        assertThat(eventTypes(unitFollower)).containsExactly(PROPOSED_V1);
    }
}
