package berlin.gemeinsam.notifications;

import berlin.gemeinsam.platform.inbox.ProcessedEvents;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supporter or registrant follows what participation-service asks them to follow, as if they had followed; a
 * participant promoted from a format's waiting list is told; an erased participant is not made to follow by a request
 * from before their erasure.
 */
class ParticipationEventsIntegrationTest extends ServiceApiTest {

    private static final String FOLLOW_REQUESTED = "berlin.gemeinsam.follow.requested.v1";
    private static final String ERASED = "berlin.gemeinsam.participant.erased.v1";
    private static final String WAITLIST_PROMOTED = "berlin.gemeinsam.format.waitlist-promoted.v1";
    private static final String SOURCE = "/units/mitte/participation-service";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    MongoTemplate mongo;

    private static void requested(String eventId, String key, String subscriberId, String targetType, String targetId) {
        requested(eventId, key, subscriberId, targetType, targetId, "2026-12-01T09:00:00Z");
    }

    private static void requested(String eventId, String key, String subscriberId, String targetType, String targetId,
                                  String requestedAt) {
        String data = """
                {"subscriberId":"%s","targetType":"%s","targetId":"%s","unit":"mitte","reason":"%s",
                 "requestedAt":"%s"}""".formatted(subscriberId, targetType, targetId,
                "IDEA".equals(targetType) ? "SUPPORT" : "REGISTRATION", requestedAt);
        EventSchemas.assertValid(FOLLOW_REQUESTED, data);
        KafkaTestClient.send("gemeinsam.mitte.participation", key, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(eventId, SOURCE, FOLLOW_REQUESTED, key, "mitte"));
    }

    private void awaitHandled(String eventId) {
        Query handled = Query.query(Criteria.where("consumer").is("participationEvents")
                .and("event").is(SOURCE + "|" + eventId));
        await().atMost(DELIVERY).until(() -> mongo.exists(handled, ProcessedEvents.COLLECTION));
    }

    private List<JsonNode> subscriptionsOf(String subscriberId) {
        return asCitizen(subscriberId).get("/api/v1/subscribers/" + subscriberId + "/subscriptions").json()
                .path("items").valueStream().toList();
    }

    @Test
    void aRequestedFollowIsOneSubscriptionLikeAFollowByHandAndARepeatedRequestChangesNothing() {
        String supporter = "citizen-" + UUID.randomUUID();
        String idea = UUID.randomUUID().toString();
        String format = UUID.randomUUID().toString();
        String support = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();

        requested(first, support, supporter, "IDEA", idea);
        awaitHandled(first);
        // the same request once more, and another request for the same idea
        requested(first, support, supporter, "IDEA", idea);
        String another = UUID.randomUUID().toString();
        requested(another, support, supporter, "IDEA", idea);
        String registration = UUID.randomUUID().toString();
        requested(registration, registration, supporter, "FORMAT", format);
        awaitHandled(another);
        awaitHandled(registration);

        List<JsonNode> subscriptions = subscriptionsOf(supporter);
        assertThat(subscriptions).extracting(item -> item.path("target").path("type").asString() + "/"
                + item.path("target").path("id").asString())
                .containsExactlyInAnyOrder("IDEA/" + idea, "FORMAT/" + format);
        String ideaSubscription = subscriptions.stream()
                .filter(item -> "IDEA".equals(item.path("target").path("type").asString())).findFirst().orElseThrow()
                .path("id").asString();
        // following by hand finds the same subscription
        assertThat(asCitizen(supporter).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"IDEA","id":"%s"}}""".formatted(supporter, idea)).field("id"))
                .isEqualTo(ideaSubscription);

        // unfollowed, the supporter stays unsubscribed when the request is delivered again
        assertThat(asCitizen(supporter).delete("/api/v1/subscriptions/" + ideaSubscription).status()).isEqualTo(204);
        requested(first, support, supporter, "IDEA", idea);
        String after = UUID.randomUUID().toString();
        requested(after, support, supporter, "FORMAT", format);
        awaitHandled(after);
        assertThat(subscriptionsOf(supporter)).extracting(item -> item.path("target").path("type").asString())
                .containsExactly("FORMAT");
    }

    @Test
    void aFollowRequestedBeforeAnErasureButArrivingAfterItSubscribesNobodyWhileALaterOneDoes() {
        String erased = "citizen-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"participantId":"%s","unit":"mitte","requestedAt":"2026-12-01T10:00:00Z"}""".formatted(erased);
        EventSchemas.assertValid(ERASED, data);
        KafkaTestClient.send("gemeinsam.mitte.participation", erased, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(eventId, SOURCE, ERASED, erased, "mitte"));
        awaitHandled(eventId);

        String before = UUID.randomUUID().toString();
        requested(before, UUID.randomUUID().toString(), erased, "IDEA", UUID.randomUUID().toString(),
                "2026-12-01T09:59:59Z");
        awaitHandled(before);
        assertThat(subscriptionsOf(erased)).isEmpty();

        String format = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        requested(after, UUID.randomUUID().toString(), erased, "FORMAT", format, "2026-12-01T10:00:01Z");
        awaitHandled(after);
        assertThat(subscriptionsOf(erased)).extracting(item -> item.path("target").path("id").asString())
                .containsExactly(format);
        assertThat(mongo.getCollection("subscriberErasure").find().map(Object::toString).into(new ArrayList<>()))
                .noneMatch(document -> document.contains(erased));
    }

    @Test
    void aPersonWhoFollowsByHandKeepsTheirSubscriptionWhenAFollowIsRequested() {
        String follower = "citizen-" + UUID.randomUUID();
        String idea = UUID.randomUUID().toString();
        JsonNode followed = asCitizen(follower).post("/api/v1/subscriptions", """
                {"subscriberId":"%s","target":{"type":"IDEA","id":"%s"}}""".formatted(follower, idea)).json();
        String eventId = UUID.randomUUID().toString();

        requested(eventId, UUID.randomUUID().toString(), follower, "IDEA", idea);
        awaitHandled(eventId);

        List<JsonNode> subscriptions = subscriptionsOf(follower);
        assertThat(subscriptions).hasSize(1);
        assertThat(subscriptions.get(0).path("id").asString()).isEqualTo(followed.path("id").asString());
        assertThat(subscriptions.get(0).path("createdAt").asString())
                .isEqualTo(followed.path("createdAt").asString());
    }

    @Test
    void aParticipantPromotedFromTheWaitingListIsToldAloneAndOnce() {
        String promoted = "citizen-" + UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"registrationId":"%s","formatId":"%s","unit":"mitte","participantId":"%s",
                 "title":"Werkstatt Ufer","start":"2026-12-10T17:00:00Z","promotedAt":"2026-12-01T09:00:00Z"}"""
                .formatted(registration, UUID.randomUUID(), promoted);
        EventSchemas.assertValid(WAITLIST_PROMOTED, data);
        for (int delivery = 0; delivery < 2; delivery++) {
            KafkaTestClient.send("gemeinsam.mitte.participation", registration, data.getBytes(StandardCharsets.UTF_8),
                    KafkaTestClient.cloudEventHeaders(eventId, SOURCE, WAITLIST_PROMOTED, registration, "mitte"));
        }
        // a later event of the same registration is handled after both deliveries
        String later = UUID.randomUUID().toString();
        requested(later, registration, promoted, "FORMAT", UUID.randomUUID().toString());
        awaitHandled(later);

        JsonNode entries = asCitizen(promoted).get("/api/v1/subscribers/" + promoted + "/notifications").json()
                .path("items");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("eventType").asString()).isEqualTo(WAITLIST_PROMOTED);
        assertThat(entries.get(0).path("subject").asString()).isEqualTo(registration);
        assertThat(entries.get(0).path("text").asString())
                .isEqualTo("Sie haben einen Platz bei „Werkstatt Ufer“ erhalten.");
        assertThat(asCitizen(promoted).inLanguage("en").get("/api/v1/subscribers/" + promoted + "/notifications")
                .json().path("items").get(0).path("text").asString()).isEqualTo("You got a seat at \"Werkstatt Ufer\".");
    }
}
