package berlin.gemeinsam.testsupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every event a service publishes must be: a CloudEvent in Kafka binary mode, valid against its schema. */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    public static void assertCloudEvent(ConsumerRecord<String, String> record, String type, String unit,
                                        String service) {
        assertThat(KafkaTestClient.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo(type);
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/units/" + unit + "/" + service);
        assertThat(KafkaTestClient.header(record, "ce_subject")).as("subject is the record key").isEqualTo(record.key());
        assertThat(KafkaTestClient.header(record, "ce_unit")).isEqualTo(unit);
        assertThat(KafkaTestClient.header(record, "ce_dataschema"))
                .isEqualTo("https://schemas.gemeinsam.berlin/events/" + type + ".json");
        assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/json");
        assertThat(UUID.fromString(KafkaTestClient.header(record, "ce_id"))).isNotNull();
        assertThat(KafkaTestClient.header(record, "ce_sequence")).as("the event's place in its aggregate's order")
                .matches("[0-9]{19}\\.[0-9]{4}");
        assertThat(record.topic()).startsWith("gemeinsam." + unit + ".");
        EventSchemas.assertValid(type, record.value());
    }
}
