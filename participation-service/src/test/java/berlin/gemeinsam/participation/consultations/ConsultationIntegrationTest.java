package berlin.gemeinsam.participation.consultations;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Consultation feedback on measures through the API, against the real store and broker. */
class ConsultationIntegrationTest extends ServiceApiTest {

    private static final String FEEDBACK_GIVEN = "berlin.gemeinsam.consultation.feedback-given.v1";

    @Autowired
    MongoTemplate mongo;

    private HttpApi.Response answer(String measureId, String participant, String group, String answer, String text) {
        return asCitizen(participant).send("PUT", "/api/v1/measures/" + measureId + "/consultation/feedback", """
                {"helixGroup":"%s","answer":"%s","text":"%s"}""".formatted(group, answer, text), Map.of());
    }

    private String openConsultation() {
        String measureId = UUID.randomUUID().toString();
        HttpApi.Response opened = asUnitAdmin("mitte").post("/api/v1/measures/" + measureId + "/consultation/open",
                "");
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.field("status")).isEqualTo("OPEN");
        return measureId;
    }

    @Test
    void participantsAnswerOncePerPersonWhileOpenAndTheSummaryCountsPerAnswerAndHelixGroup() {
        String measureId = openConsultation();
        String base = "/api/v1/measures/" + measureId + "/consultation";

        HttpApi.Response first = answer(measureId, "p-1", "SCIENCE", "AGREE", "Gut so");
        assertThat(first.status()).isEqualTo(201);
        HttpApi.Response changed = answer(measureId, "p-1", "SCIENCE", "PARTLY", "Nur die Bänke");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.field("id")).isEqualTo(first.field("id"));
        assertThat(answer(measureId, "p-2", "SCIENCE", "DISAGREE", "Zu teuer").status()).isEqualTo(201);
        assertThat(answer(measureId, "p-3", "PUBLIC", "PARTLY", "Eher nicht").status()).isEqualTo(201);

        JsonNode summary = api.get(base + "/summary").json();
        assertThat(summary.path("total").asLong()).isEqualTo(3);
        assertThat(summary.path("status").asString()).isEqualTo("OPEN");
        assertThat(summary.path("byAnswer").path("AGREE").asLong()).isZero();
        assertThat(summary.path("byAnswer").path("PARTLY").asLong()).isEqualTo(2);
        assertThat(summary.path("byAnswer").path("DISAGREE").asLong()).isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("SCIENCE").path("PARTLY").asLong()).isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("SCIENCE").path("DISAGREE").asLong()).isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("PUBLIC").path("PARTLY").asLong()).isEqualTo(1);
        assertThat(summary.path("byHelixGroup").path("BUSINESS").path("AGREE").asLong()).isZero();

        assertThat(asCitizen("p-1").post(base + "/close", "").status()).isEqualTo(403);
        assertThat(asUnitAdmin("pankow").post(base + "/close", "").status()).isEqualTo(403);
        assertThat(asUnitAdmin("mitte").post(base + "/close", "").field("status")).isEqualTo("CLOSED");
        HttpApi.Response tooLate = answer(measureId, "p-4", "STATE", "AGREE", "Zu spät");
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.field("currentState")).isEqualTo("CLOSED");
        assertThat(api.get(base + "/summary").json().path("total").asLong()).isEqualTo(3);

        String feedbackId = first.field("id");
        List<ConsumerRecord<String, String>> events = KafkaTestClient.read("gemeinsam.mitte.participation",
                record -> feedbackId.equals(record.key())
                        && FEEDBACK_GIVEN.equals(KafkaTestClient.header(record, "ce_type")), 2, Duration.ofSeconds(20));
        assertThat(events).hasSize(2);
        events.forEach(event -> PublishedEvents.assertCloudEvent(event, FEEDBACK_GIVEN, "mitte",
                "participation-service"));
        assertThat(events).noneMatch(event -> event.value().contains("p-1") || event.value().contains("Bänke"));
    }

    @Test
    void concurrentFirstAnswersOfOnePersonLeaveOneFeedback() throws Exception {
        String measureId = openConsultation();
        List<Callable<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String answer = i % 2 == 0 ? "AGREE" : "DISAGREE";
            answers.add(() -> answer(measureId, "p-twice", "BUSINESS", answer, "Schnell").status());
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            for (Future<Integer> answered : clients.invokeAll(answers)) {
                statuses.add(answered.get());
            }
        } finally {
            clients.shutdown();
        }

        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(api.get("/api/v1/measures/" + measureId + "/consultation/summary").json().path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void badInputAndUnknownConsultationsAreRefusedAndStoreNothing() {
        String measureId = openConsultation();
        long before = mongo.getCollection("consultationFeedback").countDocuments();

        assertField(answer(measureId, "p-1", "ALIENS", "AGREE", "x"), "helixGroup");
        assertField(answer(measureId, "p-1", "STATE", "MAYBE", "x"), "answer");
        assertField(answer(measureId, "p-1", "STATE", "AGREE", "x".repeat(2001)), "text");
        assertField(answer(measureId, "p-1", "STATE", "AGREE", "<script>alert(1)</script>"), "text");
        assertField(asUnitAdmin("mitte").post("/api/v1/measures/keine-id/consultation/open", ""), "measureId");

        String unknown = UUID.randomUUID().toString();
        assertThat(answer(unknown, "p-1", "STATE", "AGREE", "x").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/measures/" + unknown + "/consultation/summary").status()).isEqualTo(404);
        assertThat(asUnitAdmin("mitte").post("/api/v1/measures/" + measureId + "/consultation/open", "").status())
                .isEqualTo(409);
        assertThat(mongo.getCollection("consultationFeedback").countDocuments()).isEqualTo(before);
    }

    private static void assertField(HttpApi.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field);
    }
}
