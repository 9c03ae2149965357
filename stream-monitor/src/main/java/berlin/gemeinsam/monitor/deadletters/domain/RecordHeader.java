package berlin.gemeinsam.monitor.deadletters.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A Kafka record header, its value as the producer wrote it. */
public record RecordHeader(String name, byte[] value) {

    public String text() {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /**
     * A number the dead-letter publisher wrote: the original partition as 4 bytes, offsets and timestamps as 8, big
     * endian; a number written as text is read as text.
     */
    public Long number() {
        if (value == null) {
            return null;
        }
        if (value.length == Integer.BYTES) {
            return (long) ByteBuffer.wrap(value).getInt();
        }
        if (value.length == Long.BYTES) {
            return ByteBuffer.wrap(value).getLong();
        }
        try {
            return Long.parseLong(text().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
