package berlin.gemeinsam.notifications.subscriptions;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionsApiIntegrationTest extends ServiceApiTest {

    @Autowired
    MongoTemplate mongo;

    private static String subscriber() {
        return "citizen-" + UUID.randomUUID();
    }

    private HttpApi.Response follow(String subscriberId, String type, String id) {
        return asCitizen(subscriberId).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"%s","id":"%s"}}""".formatted(subscriberId, type, id));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    @Test
    void followingCreatesASubscriptionAndFollowingAgainReturnsTheSameOne() {
        String subscriber = subscriber();

        HttpApi.Response created = follow(subscriber, "UNIT", "mitte");
        assertThat(created.status()).isEqualTo(201);
        String id = created.field("id");
        assertThat(created.location()).endsWith("/api/v1/subscriptions/" + id);
        assertThat(created.field("subscriberId")).isEqualTo(subscriber);
        assertThat(created.json().path("target").path("type").asString()).isEqualTo("UNIT");
        assertThat(created.json().path("target").path("id").asString()).isEqualTo("mitte");
        assertThat(created.field("createdAt")).isNotNull();

        HttpApi.Response again = follow(subscriber, "UNIT", "mitte");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.field("id")).isEqualTo(id);
        assertThat(again.field("createdAt")).isEqualTo(created.field("createdAt"));
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions").json().path("totalItems").asLong())
                .isEqualTo(1);
    }

    @Test
    void aSubscribersSubscriptionsArePagedNewestFirst() {
        String subscriber = subscriber();
        String idea = follow(subscriber, "IDEA", UUID.randomUUID().toString()).field("id");
        String measure = follow(subscriber, "MEASURE", UUID.randomUUID().toString()).field("id");
        String unit = follow(subscriber, "UNIT", "senatskanzlei").field("id");
        follow(subscriber(), "UNIT", "senatskanzlei");

        HttpApi.Response all = asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions?page=0&size=100");
        assertThat(all.status()).isEqualTo(200);
        assertThat(ids(all.json())).containsExactly(unit, measure, idea);
        assertThat(all.json().path("items").findValuesAsString("subscriberId")).containsOnly(subscriber);

        HttpApi.Response second = asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions?page=1&size=2");
        assertThat(ids(second.json())).containsExactly(idea);
        assertThat(second.json().path("totalItems").asLong()).isEqualTo(3);
        assertThat(second.json().path("totalPages").asInt()).isEqualTo(2);

        String nobody = subscriber();
        assertThat(asCitizen(nobody).get("/api/v1/subscribers/" + nobody + "/subscriptions").json().path("items")).isEmpty();
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions?size=101").status()).isEqualTo(400);
    }

    @Test
    void unfollowingRemovesTheSubscriptionAndAnUnknownOneIsA404Problem() {
        String subscriber = subscriber();
        String id = follow(subscriber, "IDEA", UUID.randomUUID().toString()).field("id");

        assertThat(asCitizen(subscriber).delete("/api/v1/subscriptions/" + id).status()).isEqualTo(204);
        assertThat(asCitizen(subscriber).get("/api/v1/subscribers/" + subscriber + "/subscriptions").json().path("items")).isEmpty();

        HttpApi.Response again = asCitizen(subscriber).delete("/api/v1/subscriptions/" + id);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.field("detail")).isEqualTo("Abonnement " + id + " gibt es hier nicht.");
        assertThat(asCitizen(subscriber).inLanguage("en").delete("/api/v1/subscriptions/" + id).field("detail"))
                .isEqualTo("Subscription " + id + " does not exist here.");
    }

    @Test
    void badInputIsA400ProblemNamingEachFieldAndStoresNothing() {
        long before = mongo.getCollection("subscription").countDocuments();

        HttpApi.Response blank = asCitizen("c-1").post("/api/v1/subscriptions", """
                {"subscriberId":"","target":{"id":"%s"}}""".formatted("x".repeat(101)));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("subscriberId", "target.id", "target.type");

        HttpApi.Response noTarget = asCitizen("c-1").post("/api/v1/subscriptions", """
                {"subscriberId":"%s"}""".formatted("x".repeat(101)));
        assertThat(noTarget.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("subscriberId", "target");

        HttpApi.Response unknownType = follow(subscriber(), "STRASSE", "mitte");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().path("errors").findValuesAsString("field")).containsExactly("target.type");
        assertThat(unknownType.json().path("errors").get(0).path("message").asString())
                .contains("IDEA, MEASURE, UNIT");

        HttpApi.Response unknownUnit = follow(subscriber(), "UNIT", "atlantis");
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.json().path("errors").findValuesAsString("field")).containsExactly("target.id");
        assertThat(unknownUnit.json().path("errors").get(0).path("message").asString())
                .isEqualTo("ist keine bekannte Einheit");

        HttpApi.Response malformed = asCitizen("c-1").post("/api/v1/subscriptions", "{\"subscriberId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.field("title")).isEqualTo("Unlesbare Anfrage");

        assertThat(mongo.getCollection("subscription").countDocuments()).isEqualTo(before);
    }

    @Test
    void problemsSpeakEnglishWhenAskedTo() {
        HttpApi.Response unknownUnit = asCitizen("c-1").inLanguage("en").post("/api/v1/subscriptions", """
                {"subscriberId":"c-1","target":{"type":"UNIT","id":"atlantis"}}""");

        assertThat(unknownUnit.field("title")).isEqualTo("Invalid request");
        assertThat(unknownUnit.json().path("errors").get(0).path("message").asString()).isEqualTo("is no known unit");
    }
}
