package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

class CompactValueTypeTest {

    private static final CompactValueType TYPE = CompactValueType.INSTANCE;

    private static List<Object> values() {
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.add(Missing.getInstance());
        values.add(MinKey.getInstance());
        values.add(MaxKey.getInstance());
        values.add(true);
        values.add(false);
        values.add(-7);
        values.add(Integer.MAX_VALUE);
        values.add(-7L);
        values.add(Long.MIN_VALUE);
        values.add(1.5);
        values.add(-0.0);
        values.add(Double.NaN);
        values.add(new Decimal128(new java.math.BigDecimal("12.50")));
        values.add("");
        values.add("Bänke am Nordbahnhof \uD83C\uDF33");
        values.add(UUID.fromString("8f7c3c1e-2d3b-4b6e-9a51-0c7f6a2e4d10"));
        values.add(new LegacyUUID(1L, 2L));
        values.add(Instant.ofEpochSecond(1_700_000_000L, 123_456_789));
        values.add(new ObjectId("65a1b2c3d4e5f60718293a4b"));
        values.add(new BsonTimestamp(Instant.ofEpochSecond(1_700_000_000L), 3));
        values.add(new BinData(new byte[] {0, -1, 7}));
        values.add(new BsonJavaScript("function() {}"));
        values.add(new Document("title", "Offene Daten").append("votes", 3)
                .append("tags", new ArrayList<>(List.of("park", 1.0)))
                .append("author", new Document("id", "anna").append("since", Instant.ofEpochMilli(5))));
        values.add(new ArrayList<>(List.of("a", new Document("b", 2L))));
        values.add(new KeyValue("subscriber-1", 2.0, null));
        values.add(new Date(1_700_000_000_000L));
        return values;
    }

    @Test
    void everyValueReadsBackAsWhatWasWritten() {
        for (Object value : values()) {
            Object read = roundTrip(value);
            assertThat(read).as("read back %s", value).isEqualTo(value);
            if (value != null) {
                assertThat(read).hasSameClassAs(value);
            }
            assertThat(TYPE.compare(read, value)).as("compare to itself after reading %s", value).isZero();
        }
    }

    @Test
    void theOrderIsTotalAndEqualityIsTheValuesEquality() {
        List<Object> values = values();
        for (Object a : values) {
            for (Object b : values) {
                int ab = TYPE.compare(a, b);
                assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(TYPE.compare(b, a)));
                assertThat(ab == 0).as("%s equal to %s", a, b).isEqualTo(a == b);
            }
        }
    }

    @Test
    void aUniqueIndexKeyIsTheSameKeyForEveryNumberOfTheSameValueAndAnotherForFieldsInAnotherOrder() {
        KeyValue integer = new KeyValue(1, "x").normalized();
        KeyValue longNumber = new KeyValue(1L, "x").normalized();
        KeyValue floating = new KeyValue(1.0, "x").normalized();
        assertThat(TYPE.compare(integer, longNumber)).isZero();
        assertThat(TYPE.compare(integer, floating)).isZero();
        assertThat(TYPE.compare(integer, new KeyValue(2, "x").normalized())).isNegative();
        assertThat(TYPE.compare(integer, new KeyValue(1, "x", "y").normalized())).isNegative();

        KeyValue ab = new KeyValue(new Document("a", 1).append("b", 2)).normalized();
        KeyValue ba = new KeyValue(new Document("b", 2).append("a", 1)).normalized();
        assertThat(TYPE.compare(ab, roundTrip(ab))).isZero();
        assertThat(TYPE.compare(ab, ba)).isNotZero();
    }

    private static Object roundTrip(Object value) {
        WriteBuffer buffer = new WriteBuffer();
        TYPE.write(buffer, value);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        Object read = TYPE.read(bytes);
        assertThat(bytes.remaining()).as("bytes left after reading %s", value).isZero();
        return read;
    }
}
