package berlin.gemeinsam.monitor.deadletters.domain;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterTest {

    @Test
    void theFailureHeadersSayWhereItCameFromAndAReplayCarriesOnlyTheEventsOwnHeaders() {
        DeadLetter deadLetter = new DeadLetter("gemeinsam.mitte.ideas-service.dlq", 1, 7, Instant.EPOCH,
                "key".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8), List.of(
                text("ce_id", "e-1"),
                text(DeadLetter.ORIGINAL_TOPIC, "gemeinsam.pankow.measures"),
                new RecordHeader(DeadLetter.ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(2).array()),
                new RecordHeader(DeadLetter.ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(12_345).array()),
                text(DeadLetter.EXCEPTION_MESSAGE, "boom")));

        assertThat(deadLetter.originalTopic()).hasValue("gemeinsam.pankow.measures");
        assertThat(deadLetter.number(DeadLetter.ORIGINAL_PARTITION)).isEqualTo(2);
        assertThat(deadLetter.number(DeadLetter.ORIGINAL_OFFSET)).isEqualTo(12_345);
        assertThat(deadLetter.eventHeaders()).extracting(RecordHeader::name).containsExactly("ce_id");
        assertThat(deadLetter.id()).isEqualTo("gemeinsam.mitte.ideas-service.dlq/1/7");
    }

    @Test
    void onlyAServicesDeadLetterTopicIsOne() {
        assertThat(DeadLetterTopic.unitAndServiceOf("gemeinsam.mitte.ideas-service.dlq")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("mitte", "ideas-service"));
        assertThat(DeadLetterTopic.unitAndServiceOf("gemeinsam.mitte.ideas")).isEmpty();
    }

    private static RecordHeader text(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
