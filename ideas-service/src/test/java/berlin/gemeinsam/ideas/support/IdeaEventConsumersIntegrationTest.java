package berlin.gemeinsam.ideas.support;

import berlin.gemeinsam.platform.inbox.ProcessedEvents;
import berlin.gemeinsam.testsupport.EventSchemas;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The ideas-service as a consumer: supports and adoptions from other services' events, delivered for real. */
class IdeaEventConsumersIntegrationTest extends ServiceApiTest {

    private static final String SUPPORT_TYPE = "berlin.gemeinsam.support.given.v1";
    private static final String PANKOW_PARTICIPATION = "gemeinsam.pankow.participation";
    private static final String DEAD_LETTERS = "gemeinsam.mitte.ideas-service.dlq";
    private static final String ADOPTION_DECLINED = "berlin.gemeinsam.idea.adoption-declined.v2";

    @Autowired
    MongoTemplate mongo;

    private String publishedIdea() {
        String id = asCitizen("c-4").post("/api/v1/ideas", "{\"title\":\"Trinkbrunnen\",\"problem\":\"Im Sommer fehlt Wasser\"}")
                .field("id");
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + id + "/publish", "").status()).isEqualTo(200);
        return id;
    }

    private static void sendSupport(String eventId, String supportId, String ideaId, String unit, String topic) {
        String data = """
                {"supportId":"%s","ideaId":"%s","unit":"%s","helixGroup":"SCIENCE","givenAt":"2026-11-26T10:00:00Z"}"""
                .formatted(supportId, ideaId, unit);
        EventSchemas.assertValid(SUPPORT_TYPE, data);
        KafkaTestClient.send(topic, supportId, data.getBytes(StandardCharsets.UTF_8), KafkaTestClient.cloudEventHeaders(
                eventId, "/units/" + unit + "/participation-service", SUPPORT_TYPE, supportId, unit));
    }

    private static void sendWithdrawal(String supportId, String ideaId, String sequence) {
        String type = "berlin.gemeinsam.support.withdrawn.v1";
        String data = """
                {"supportId":"%s","ideaId":"%s","unit":"pankow","helixGroup":"SCIENCE","withdrawnAt":"2026-11-27T10:00:00Z"}"""
                .formatted(supportId, ideaId);
        EventSchemas.assertValid(type, data);
        Map<String, String> headers = new HashMap<>(KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(),
                "/units/pankow/participation-service", type, supportId, "pankow"));
        headers.put("ce_sequence", sequence);
        KafkaTestClient.send(PANKOW_PARTICIPATION, supportId, data.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void sendErasure(String eventId, String participantId) {
        String type = "berlin.gemeinsam.participant.erased.v1";
        String data = """
                {"participantId":"%s","unit":"pankow","requestedAt":"2026-12-01T10:00:00Z"}""".formatted(participantId);
        EventSchemas.assertValid(type, data);
        String subject = UUID.randomUUID().toString();
        KafkaTestClient.send(PANKOW_PARTICIPATION, subject, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(eventId, "/units/pankow/participation-service", type, subject,
                        "pankow"));
    }

    private long supportCount(String ideaId) {
        return api.get("/api/v1/ideas/" + ideaId).json().path("supportCount").asLong();
    }

    @Test
    void aParticipantErasedInAnyUnitNoLongerAuthorsAnIdeaHereAndTheirUnpublishedIdeaIsWithdrawnWithoutItsContent() {
        String anna = "c-" + UUID.randomUUID();
        String submitted = asCitizen(anna).post("/api/v1/ideas",
                "{\"title\":\"Annas Entwurf\",\"problem\":\"Annas Problem\"}").field("id");
        String published = asCitizen(anna).post("/api/v1/ideas",
                "{\"title\":\"Annas Brunnen\",\"problem\":\"Im Sommer fehlt Wasser\"}").field("id");
        assertThat(asModerator("mitte").post("/api/v1/ideas/" + published + "/publish", "").status()).isEqualTo(200);
        sendSupport(UUID.randomUUID().toString(), UUID.randomUUID().toString(), published, "pankow",
                PANKOW_PARTICIPATION);
        await().atMost(Duration.ofSeconds(30)).until(() -> supportCount(published) == 1);
        JsonNode export = asCitizen(anna).get("/api/v1/participants/" + anna + "/export").json();
        assertThat(export.path("ideas")).hasSize(2);
        assertThat(export.path("ideas").get(0).path("problem").asString()).isEqualTo("Annas Problem");
        assertThat(asCitizen("c-ben").get("/api/v1/participants/" + anna + "/export").status()).isEqualTo(404);

        String eventId = UUID.randomUUID().toString();
        sendErasure(eventId, anna);
        sendErasure(eventId, anna);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                asCitizen(anna).get("/api/v1/participants/" + anna + "/export").json().path("ideas").isEmpty());
        JsonNode publishedIdea = api.get("/api/v1/ideas/" + published).json();
        assertThat(publishedIdea.path("title").asString()).isEqualTo("Annas Brunnen");
        assertThat(publishedIdea.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(publishedIdea.path("supportCount").asLong()).isEqualTo(1);
        JsonNode submittedIdea = asModerator("mitte").get("/api/v1/ideas/" + submitted).json();
        assertThat(submittedIdea.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(submittedIdea.path("title").asString()).isEqualTo("Gelöschte Idee");
        for (String id : List.of(submitted, published)) {
            assertThat(mongo.getCollection("idea").find(new Document("_id", id)).first().toJson())
                    .doesNotContain(anna).doesNotContain("Annas Problem");
        }
    }

    @Test
    void supportsFromAnyUnitAreCountedOnceEvenWhenDeliveredAgain() {
        String ideaId = publishedIdea();
        String eventId = UUID.randomUUID().toString();
        String supportId = UUID.randomUUID().toString();

        sendSupport(eventId, supportId, ideaId, "pankow", PANKOW_PARTICIPATION);
        await().atMost(Duration.ofSeconds(30)).until(() -> supportCount(ideaId) == 1);

        // the same event again, as after a rebalance: dropped by its source and id
        sendSupport(eventId, supportId, ideaId, "pankow", PANKOW_PARTICIPATION);
        // the same event again after a crash between its effect and the record that it was processed
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "processed_events");
        sendSupport(eventId, supportId, ideaId, "pankow", PANKOW_PARTICIPATION);
        // a second, different support after the duplicates: once it is counted, the duplicates were handled
        sendSupport(UUID.randomUUID().toString(), UUID.randomUUID().toString(), ideaId, "pankow", PANKOW_PARTICIPATION);

        await().atMost(Duration.ofSeconds(30)).until(() -> supportCount(ideaId) >= 2);
        assertThat(supportCount(ideaId)).isEqualTo(2);
    }

    @Test
    void aWithdrawnSupportIsNoLongerCountedAndItsWithdrawalDeliveredAgainLowersTheCountOnce() {
        String ideaId = publishedIdea();
        String withdrawn = UUID.randomUUID().toString();
        sendSupport(UUID.randomUUID().toString(), withdrawn, ideaId, "pankow", PANKOW_PARTICIPATION);
        sendSupport(UUID.randomUUID().toString(), UUID.randomUUID().toString(), ideaId, "pankow", PANKOW_PARTICIPATION);
        await().atMost(Duration.ofSeconds(30)).until(() -> supportCount(ideaId) == 2);

        sendWithdrawal(withdrawn, ideaId, "0000000000000000001.0000");
        sendWithdrawal(withdrawn, ideaId, "0000000000000000001.0000");
        await().atMost(Duration.ofSeconds(30)).until(() -> supportCount(ideaId) == 1);
        // a third support after the repeated withdrawal: once it is counted, the repeat was handled
        sendSupport(UUID.randomUUID().toString(), UUID.randomUUID().toString(), ideaId, "pankow", PANKOW_PARTICIPATION);

        await().atMost(Duration.ofSeconds(30)).until(() -> supportCount(ideaId) >= 2);
        assertThat(supportCount(ideaId)).isEqualTo(2);
    }

    @Test
    void poisonAndEventsOfAnotherUnitLandInTheDeadLetterTopicAndTheNextEventIsStillProcessed() {
        String ideaId = publishedIdea();
        String poisonKey = "poison-" + UUID.randomUUID();
        KafkaTestClient.send(PANKOW_PARTICIPATION, poisonKey, "kein Event".getBytes(StandardCharsets.UTF_8), Map.of());
        String impostor = UUID.randomUUID().toString();
        // a mitte event on pankow's topic: pankow may not speak for mitte
        sendSupport(UUID.randomUUID().toString(), impostor, ideaId, "mitte", PANKOW_PARTICIPATION);
        sendSupport(UUID.randomUUID().toString(), UUID.randomUUID().toString(), ideaId, "pankow", PANKOW_PARTICIPATION);

        await().atMost(Duration.ofSeconds(30)).until(() -> supportCount(ideaId) == 1);
        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.readUntil(DEAD_LETTERS,
                record -> poisonKey.equals(record.key()), Duration.ofSeconds(30));
        assertThat(deadLetters).hasSize(1);
        assertThat(KafkaTestClient.header(deadLetters.get(0), "kafka_dlt-original-topic")).isEqualTo(PANKOW_PARTICIPATION);
        // the failure by class and message; its stack trace is in the service's log, not in the record
        assertThat(KafkaTestClient.header(deadLetters.get(0), "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(KafkaTestClient.header(deadLetters.get(0), "kafka_dlt-exception-message")).isNotBlank();
        assertThat(deadLetters.get(0).headers().toArray()).noneSatisfy(header ->
                assertThat(header.key()).contains("stacktrace"));
        assertThat(KafkaTestClient.readUntil(DEAD_LETTERS, record -> impostor.equals(record.key()),
                Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void aMeasureProposedFromAnIdeaAdoptsItAndTheAdoptionIsPublishedOnce() {
        String ideaId = publishedIdea();
        String measureId = UUID.randomUUID().toString();
        String data = """
                {"measureId":"%s","unit":"central","title":"Trinkbrunnen für alle","goal":"Wasser im Sommer",
                 "type":"NETWORK","sourceIdeaId":"%s","proposedAt":"2026-11-26T10:00:00Z"}""".formatted(measureId, ideaId);
        Map<String, String> headers = KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(),
                "/units/central/measures-service", "berlin.gemeinsam.measure.proposed.v1", measureId, "central");

        KafkaTestClient.send("gemeinsam.central.measures", measureId, data.getBytes(StandardCharsets.UTF_8), headers);
        KafkaTestClient.send("gemeinsam.central.measures", measureId, data.getBytes(StandardCharsets.UTF_8), headers);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ADOPTED".equals(api.get("/api/v1/ideas/" + ideaId).field("status")));
        assertThat(api.get("/api/v1/ideas/" + ideaId).field("measureId")).isEqualTo(measureId);
        List<ConsumerRecord<String, String>> adopted = KafkaTestClient.readUntil("gemeinsam.mitte.ideas",
                record -> ideaId.equals(record.key())
                        && "berlin.gemeinsam.idea.adopted.v1".equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(adopted).hasSize(1);
        EventSchemas.assertValid("berlin.gemeinsam.idea.adopted.v1", adopted.get(0).value());
        assertThat(mongo.getCollection("idea").find(new Document("_id", ideaId)).first().getList("outbox", Document.class))
                .isEmpty();
    }

    @Test
    void anIdeaLinkedToAMeasureIsAdoptedByItLikeASourceIdea() {
        String ideaId = publishedIdea();
        String measureId = UUID.randomUUID().toString();
        String data = """
                {"measureId":"%s","unit":"pankow","title":"Trinkbrunnen für alle","ideaId":"%s",
                 "linkedAt":"2026-11-26T10:00:00Z"}""".formatted(measureId, ideaId);

        KafkaTestClient.send("gemeinsam.pankow.measures", measureId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/pankow/measures-service",
                        "berlin.gemeinsam.measure.idea-linked.v1", measureId, "pankow"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ADOPTED".equals(api.get("/api/v1/ideas/" + ideaId).field("status")));
        assertThat(api.get("/api/v1/ideas/" + ideaId).field("measureId")).isEqualTo(measureId);
        List<ConsumerRecord<String, String>> adopted = KafkaTestClient.readUntil("gemeinsam.mitte.ideas",
                record -> ideaId.equals(record.key())
                        && "berlin.gemeinsam.idea.adopted.v1".equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(adopted).hasSize(1);
        assertThat(JsonMapper.shared().readTree(adopted.get(0).value()).path("measureUnit").asString())
                .isEqualTo("pankow");
    }

    @Test
    void aSecondMeasureFromAnAdoptedIdeaIsAnsweredWithADeclineAndNoDeadLetter() {
        String ideaId = publishedIdea();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        sendMeasureProposed(first, "central", ideaId);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ADOPTED".equals(api.get("/api/v1/ideas/" + ideaId).field("status")));
        sendMeasureProposed(second, "pankow", ideaId);

        List<ConsumerRecord<String, String>> declined = KafkaTestClient.readUntil("gemeinsam.mitte.ideas",
                record -> ideaId.equals(record.key()) && ADOPTION_DECLINED.equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(declined).hasSize(1);
        EventSchemas.assertValid(ADOPTION_DECLINED, declined.get(0).value());
        JsonNode data = JsonMapper.shared().readTree(declined.get(0).value());
        assertThat(data.path("measureId").asString()).isEqualTo(second);
        assertThat(data.path("measureUnit").asString()).isEqualTo("pankow");
        assertThat(data.path("reason").asString()).isEqualTo("ALREADY_ADOPTED");
        assertThat(data.path("currentState").asString()).isEqualTo("ADOPTED");
        assertThat(data.path("adoptingMeasureId").asString()).isEqualTo(first);
        assertThat(api.get("/api/v1/ideas/" + ideaId).field("measureId")).isEqualTo(first);
        assertThat(KafkaTestClient.readUntil(DEAD_LETTERS, record -> second.equals(record.key()),
                Duration.ofSeconds(5))).isEmpty();
    }

    /**
     * measures-service writes a proposal as v1 and v2 in one change: the idea answers it once, by adoption or by one
     * decline, and a proposal in v2 alone adopts as well.
     */
    @Test
    void aProposalInV1AndV2IsAnsweredOnceAndV2AloneAdopts() {
        String ideaId = publishedIdea();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        sendMeasureProposedV2(first, "central", ideaId, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> first.equals(api.get("/api/v1/ideas/" + ideaId).field("measureId")));
        sendMeasureProposed(second, "pankow", ideaId);
        String v2EventId = UUID.randomUUID().toString();
        sendMeasureProposedV2(second, "pankow", ideaId, v2EventId);

        // v2 comes after v1 on the measure's partition: once v2 is read and the idea's outbox is empty, every
        // answer to both is on the topic
        Document v2Read = new Document("consumer", "measureEvents")
                .append("event", "/units/pankow/measures-service|" + v2EventId);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.getCollection(ProcessedEvents.COLLECTION).countDocuments(v2Read) == 1
                        && mongo.getCollection("idea").find(new Document("_id", ideaId)).first()
                        .getList("outbox", Document.class).isEmpty());
        List<ConsumerRecord<String, String>> declined = KafkaTestClient.readUntil("gemeinsam.mitte.ideas",
                record -> ideaId.equals(record.key()) && ADOPTION_DECLINED.equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(declined).hasSize(1);
        assertThat(JsonMapper.shared().readTree(declined.get(0).value()).path("measureId").asString())
                .isEqualTo(second);
        assertThat(KafkaTestClient.readUntil("gemeinsam.mitte.ideas", record -> ideaId.equals(record.key())
                        && "berlin.gemeinsam.idea.adopted.v1".equals(KafkaTestClient.header(record, "ce_type")),
                Duration.ofSeconds(30))).hasSize(1);
    }

    private static void sendMeasureProposedV2(String measureId, String unit, String ideaId, String eventId) {
        String data = """
                {"measureId":"%s","unit":"%s","title":"Trinkbrunnen für alle","goal":"Wasser im Sommer",
                 "type":"NETWORK","sourceIdeaId":"%s","participatingUnits":[],"fieldsOfAction":[],
                 "guidingPrinciples":[],"linkedIdeaIds":["%s"],"proposedAt":"2026-11-26T10:00:00Z"}"""
                .formatted(measureId, unit, ideaId, ideaId);
        EventSchemas.assertValid("berlin.gemeinsam.measure.proposed.v2", data);
        KafkaTestClient.send("gemeinsam." + unit + ".measures", measureId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(eventId, "/units/" + unit + "/measures-service",
                        "berlin.gemeinsam.measure.proposed.v2", measureId, unit));
    }

    private static void sendMeasureProposed(String measureId, String unit, String ideaId) {
        String data = """
                {"measureId":"%s","unit":"%s","title":"Trinkbrunnen für alle","goal":"Wasser im Sommer",
                 "type":"NETWORK","sourceIdeaId":"%s","proposedAt":"2026-11-26T10:00:00Z"}""".formatted(measureId, unit, ideaId);
        KafkaTestClient.send("gemeinsam." + unit + ".measures", measureId, data.getBytes(StandardCharsets.UTF_8),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), "/units/" + unit + "/measures-service",
                        "berlin.gemeinsam.measure.proposed.v1", measureId, unit));
    }
}
