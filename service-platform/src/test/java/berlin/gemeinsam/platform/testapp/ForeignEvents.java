package berlin.gemeinsam.platform.testapp;

import berlin.gemeinsam.testsupport.KafkaTestClient;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Events of other services, sent straight to the broker as those services would send them. */
public final class ForeignEvents {

    public static final String SUPPORT_GIVEN = "berlin.gemeinsam.support.given.v1";
    public static final String MEASURE_PROPOSED = "berlin.gemeinsam.measure.proposed.v1";

    private ForeignEvents() {
    }

    public static void supportGiven(String topic, String key, String eventId, String unit, String supportId) {
        send(topic, key, eventId, "participation-service", SUPPORT_GIVEN, unit, supportId, """
                {"supportId":"%s","ideaId":"%s","unit":"%s","helixGroup":"SCIENCE","givenAt":"2026-11-26T10:00:00Z"}"""
                .formatted(supportId, key, unit));
    }

    public static void measureProposed(String topic, String key, String eventId, String unit, String measureId) {
        send(topic, key, eventId, "measures-service", MEASURE_PROPOSED, unit, measureId, """
                {"measureId":"%s","unit":"%s","title":"Trinkbrunnen","goal":"Wasser im Sommer","type":"NETWORK",
                 "sourceIdeaId":null,"proposedAt":"2026-11-26T10:00:00Z"}""".formatted(measureId, unit));
    }

    /** A CloudEvent of a unit's service, with any type and data. */
    public static void send(String topic, String key, String eventId, String service, String type, String unit,
                            String subject, String data) {
        KafkaTestClient.send(topic, key, data.getBytes(StandardCharsets.UTF_8), KafkaTestClient.cloudEventHeaders(
                eventId, "/units/" + unit + "/" + service, type, subject, unit));
    }

    /** A record that is no CloudEvent at all. */
    public static void poison(String topic, String key) {
        KafkaTestClient.send(topic, key, "kein Event".getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
