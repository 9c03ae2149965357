package berlin.gemeinsam.localstack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The keys and values of the document store's maps (documents, their {@code _id}s, unique index keys) in a compact
 * encoding of their own, compared without encoding them. H2's default {@code ObjectDataType} Java-serialises every
 * value that is not a plain Java type (a document, an {@code ObjectId}, a unique index's {@link KeyValue}) when it
 * writes or reads a page, and serialises both {@code KeyValue}s of every comparison in a B-tree search, since they
 * are not {@link Comparable}: the better part of the store's CPU.
 *
 * <p>Each value is a tag byte and its content; decoding gives back the classes mongo-java-server put in (a document
 * with its fields in their order, an {@code Instant} with its nanoseconds, a list as an {@code ArrayList}). A value of
 * any other class (another list or map, a {@code java.util.Date}) falls back to Java serialisation, losslessly.
 *
 * <p>The order: first by tag, then by content; a document or list field by field, element by element. Two values
 * compare as equal exactly when they are of the same kind and their contents are equal in order (a document with the
 * same fields in another order is another key), as the byte-wise comparison of their Java serialisations had it, so
 * a unique index refuses the duplicates it refused before: its keys are normalised (every number that fits a double
 * is a {@code Double}), so 1, 1L and 1.0 are one key. Numbers are ordered within their kind, not across kinds.
 */
final class CompactValueType extends BasicDataType<Object> {

    static final CompactValueType INSTANCE = new CompactValueType();

    private static final byte MISSING = 0;
    private static final byte NULL = 1;
    private static final byte MIN_KEY = 2;
    private static final byte FALSE = 3;
    private static final byte TRUE = 4;
    private static final byte INT32 = 5;
    private static final byte INT64 = 6;
    private static final byte DOUBLE = 7;
    private static final byte DECIMAL128 = 8;
    private static final byte STRING = 9;
    private static final byte UUID_STANDARD = 10;
    private static final byte UUID_LEGACY = 11;
    private static final byte DATE_TIME = 12;
    private static final byte OBJECT_ID = 13;
    private static final byte TIMESTAMP = 14;
    private static final byte BINARY = 15;
    private static final byte REGEX = 16;
    private static final byte JAVASCRIPT = 17;
    private static final byte DOCUMENT = 18;
    private static final byte LIST = 19;
    private static final byte KEY_VALUE = 20;
    private static final byte MAX_KEY = 21;
    private static final byte SERIALIZED = 22;

    private static final int OBJECT_ID_LENGTH = 12;

    private CompactValueType() {
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        byte tagA = tag(a);
        byte tagB = tag(b);
        if (tagA != tagB) {
            return Byte.compare(tagA, tagB);
        }
        return switch (tagA) {
            case MISSING, NULL, MIN_KEY, FALSE, TRUE, MAX_KEY -> 0;
            case INT32 -> Integer.compare((Integer) a, (Integer) b);
            case INT64 -> Long.compare((Long) a, (Long) b);
            case DOUBLE -> Double.compare((Double) a, (Double) b);
            case DECIMAL128 -> compareDecimals((Decimal128) a, (Decimal128) b);
            case STRING -> ((String) a).compareTo((String) b);
            case UUID_STANDARD -> ((UUID) a).compareTo((UUID) b);
            case UUID_LEGACY -> ((LegacyUUID) a).getUuid().compareTo(((LegacyUUID) b).getUuid());
            case DATE_TIME -> ((Instant) a).compareTo((Instant) b);
            case OBJECT_ID -> Arrays.compareUnsigned(((ObjectId) a).toByteArray(), ((ObjectId) b).toByteArray());
            case TIMESTAMP -> Long.compare(((BsonTimestamp) a).getValue(), ((BsonTimestamp) b).getValue());
            case BINARY -> Arrays.compareUnsigned(((BinData) a).getData(), ((BinData) b).getData());
            case REGEX -> compareRegexes((BsonRegularExpression) a, (BsonRegularExpression) b);
            case JAVASCRIPT -> ((BsonJavaScript) a).getCode().compareTo(((BsonJavaScript) b).getCode());
            case DOCUMENT -> compareDocuments((Document) a, (Document) b);
            case LIST -> compareSequences(((List<?>) a).iterator(), ((List<?>) b).iterator());
            case KEY_VALUE -> compareSequences(((KeyValue) a).iterator(), ((KeyValue) b).iterator());
            default -> Arrays.compareUnsigned(serialize(a), serialize(b));
        };
    }

    @Override
    public int getMemory(Object value) {
        return switch (tag(value)) {
            case MISSING, NULL, MIN_KEY, FALSE, TRUE, MAX_KEY -> 0;
            case INT32, INT64, DOUBLE, DATE_TIME, TIMESTAMP -> 24;
            case STRING -> 40 + 2 * ((String) value).length();
            case BINARY -> 32 + ((BinData) value).getData().length;
            case DOCUMENT -> documentMemory((Document) value);
            case LIST -> 40 + sequenceMemory(((List<?>) value).iterator());
            case KEY_VALUE -> 56 + sequenceMemory(((KeyValue) value).iterator());
            case SERIALIZED -> 64;
            default -> 48;
        };
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        byte tag = tag(value);
        buffer.put(tag);
        switch (tag) {
            case MISSING, NULL, MIN_KEY, FALSE, TRUE, MAX_KEY -> {
            }
            case INT32 -> buffer.putVarInt((Integer) value);
            case INT64 -> buffer.putVarLong((Long) value);
            case DOUBLE -> buffer.putDouble((Double) value);
            case DECIMAL128 -> buffer.putLong(((Decimal128) value).getHigh()).putLong(((Decimal128) value).getLow());
            case STRING -> writeString(buffer, (String) value);
            case UUID_STANDARD -> writeUuid(buffer, (UUID) value);
            case UUID_LEGACY -> writeUuid(buffer, ((LegacyUUID) value).getUuid());
            case DATE_TIME -> buffer.putVarLong(((Instant) value).getEpochSecond()).putVarInt(((Instant) value).getNano());
            case OBJECT_ID -> buffer.put(((ObjectId) value).toByteArray());
            case TIMESTAMP -> buffer.putLong(((BsonTimestamp) value).getValue());
            case BINARY -> writeBytes(buffer, ((BinData) value).getData());
            case REGEX -> {
                writeString(buffer, ((BsonRegularExpression) value).getPattern());
                writeString(buffer, ((BsonRegularExpression) value).getOptions());
            }
            case JAVASCRIPT -> writeString(buffer, ((BsonJavaScript) value).getCode());
            case DOCUMENT -> {
                Document document = (Document) value;
                buffer.putVarInt(document.size());
                for (Map.Entry<String, Object> field : document.entrySet()) {
                    writeString(buffer, field.getKey());
                    write(buffer, field.getValue());
                }
            }
            case LIST -> writeSequence(buffer, ((List<?>) value).size(), ((List<?>) value).iterator());
            case KEY_VALUE -> writeSequence(buffer, ((KeyValue) value).size(), ((KeyValue) value).iterator());
            default -> writeBytes(buffer, serialize(value));
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case MISSING -> Missing.getInstance();
            case NULL -> null;
            case MIN_KEY -> MinKey.getInstance();
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case INT32 -> DataUtils.readVarInt(buffer);
            case INT64 -> DataUtils.readVarLong(buffer);
            case DOUBLE -> buffer.getDouble();
            case DECIMAL128 -> {
                long high = buffer.getLong();
                yield new Decimal128(buffer.getLong(), high);
            }
            case STRING -> DataUtils.readString(buffer);
            case UUID_STANDARD -> readUuid(buffer);
            case UUID_LEGACY -> new LegacyUUID(readUuid(buffer));
            case DATE_TIME -> {
                long seconds = DataUtils.readVarLong(buffer);
                yield Instant.ofEpochSecond(seconds, DataUtils.readVarInt(buffer));
            }
            case OBJECT_ID -> {
                byte[] bytes = new byte[OBJECT_ID_LENGTH];
                buffer.get(bytes);
                yield new ObjectId(bytes);
            }
            case TIMESTAMP -> new BsonTimestamp(buffer.getLong());
            case BINARY -> new BinData(readBytes(buffer));
            case REGEX -> {
                String pattern = DataUtils.readString(buffer);
                yield new BsonRegularExpression(pattern, DataUtils.readString(buffer));
            }
            case JAVASCRIPT -> new BsonJavaScript(DataUtils.readString(buffer));
            case DOCUMENT -> {
                int size = DataUtils.readVarInt(buffer);
                Document document = new Document();
                for (int i = 0; i < size; i++) {
                    String key = DataUtils.readString(buffer);
                    document.put(key, read(buffer));
                }
                yield document;
            }
            case LIST -> readSequence(buffer);
            case KEY_VALUE -> new KeyValue(readSequence(buffer));
            case MAX_KEY -> MaxKey.getInstance();
            case SERIALIZED -> deserialize(readBytes(buffer));
            default -> throw new IllegalStateException("Unknown value tag " + tag + " in the store file");
        };
    }

    private static byte tag(Object value) {
        if (value == null) {
            return NULL;
        } else if (value instanceof String) {
            return STRING;
        } else if (value instanceof Document) {
            return DOCUMENT;
        } else if (value instanceof Integer) {
            return INT32;
        } else if (value instanceof Long) {
            return INT64;
        } else if (value instanceof Double) {
            return DOUBLE;
        } else if (value instanceof Boolean bool) {
            return bool ? TRUE : FALSE;
        } else if (value instanceof ObjectId) {
            return OBJECT_ID;
        } else if (value instanceof Instant) {
            return DATE_TIME;
        } else if (value instanceof KeyValue) {
            return KEY_VALUE;
        } else if (value.getClass() == ArrayList.class) {
            return LIST;
        } else if (value instanceof Missing) {
            return MISSING;
        } else if (value instanceof UUID) {
            return UUID_STANDARD;
        } else if (value instanceof LegacyUUID) {
            return UUID_LEGACY;
        } else if (value instanceof Decimal128) {
            return DECIMAL128;
        } else if (value instanceof BsonTimestamp) {
            return TIMESTAMP;
        } else if (value instanceof BinData) {
            return BINARY;
        } else if (value instanceof BsonRegularExpression) {
            return REGEX;
        } else if (value instanceof BsonJavaScript) {
            return JAVASCRIPT;
        } else if (value instanceof MinKey) {
            return MIN_KEY;
        } else if (value instanceof MaxKey) {
            return MAX_KEY;
        }
        return SERIALIZED;
    }

    private int compareDocuments(Document a, Document b) {
        Iterator<Map.Entry<String, Object>> fieldsA = a.entrySet().iterator();
        Iterator<Map.Entry<String, Object>> fieldsB = b.entrySet().iterator();
        while (fieldsA.hasNext() && fieldsB.hasNext()) {
            Map.Entry<String, Object> fieldA = fieldsA.next();
            Map.Entry<String, Object> fieldB = fieldsB.next();
            int byName = fieldA.getKey().compareTo(fieldB.getKey());
            if (byName != 0) {
                return byName;
            }
            int byValue = compare(fieldA.getValue(), fieldB.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(fieldsA.hasNext(), fieldsB.hasNext());
    }

    private int compareSequences(Iterator<?> a, Iterator<?> b) {
        while (a.hasNext() && b.hasNext()) {
            int byElement = compare(a.next(), b.next());
            if (byElement != 0) {
                return byElement;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    private static int compareDecimals(Decimal128 a, Decimal128 b) {
        int byHigh = Long.compare(a.getHigh(), b.getHigh());
        return byHigh != 0 ? byHigh : Long.compare(a.getLow(), b.getLow());
    }

    private static int compareRegexes(BsonRegularExpression a, BsonRegularExpression b) {
        int byPattern = a.getPattern().compareTo(b.getPattern());
        return byPattern != 0 ? byPattern : a.getOptions().compareTo(b.getOptions());
    }

    private int documentMemory(Document document) {
        int memory = 64;
        for (Map.Entry<String, Object> field : document.entrySet()) {
            memory += 48 + 2 * field.getKey().length() + getMemory(field.getValue());
        }
        return memory;
    }

    private int sequenceMemory(Iterator<?> elements) {
        int memory = 0;
        while (elements.hasNext()) {
            memory += 8 + getMemory(elements.next());
        }
        return memory;
    }

    private void writeSequence(WriteBuffer buffer, int size, Iterator<?> elements) {
        buffer.putVarInt(size);
        while (elements.hasNext()) {
            write(buffer, elements.next());
        }
    }

    private List<Object> readSequence(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> elements = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            elements.add(read(buffer));
        }
        return elements;
    }

    private static void writeString(WriteBuffer buffer, String value) {
        buffer.putVarInt(value.length()).putStringData(value, value.length());
    }

    private static void writeUuid(WriteBuffer buffer, UUID uuid) {
        buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    }

    private static UUID readUuid(ByteBuffer buffer) {
        long most = buffer.getLong();
        return new UUID(most, buffer.getLong());
    }

    private static void writeBytes(WriteBuffer buffer, byte[] bytes) {
        buffer.putVarInt(bytes.length).put(bytes);
    }

    private static byte[] readBytes(ByteBuffer buffer) {
        byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        return bytes;
    }

    private static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise a " + value.getClass().getName(), e);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot deserialise a value of the store file", e);
        }
    }
}
