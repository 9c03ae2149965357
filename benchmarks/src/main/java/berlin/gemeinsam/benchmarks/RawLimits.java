package berlin.gemeinsam.benchmarks;

import berlin.gemeinsam.platform.events.CloudEventsKafka;
import berlin.gemeinsam.platform.events.EventEnvelope;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The limits of the same broker and store with nothing of ours in between: a plain Kafka producer (acks=all,
 * idempotent) and consumer with records as large as an idea's event, and plain single-document upserts with the
 * MongoDB driver.
 */
final class RawLimits {

    private static final String TOPIC = "benchmark.raw";
    private static final int AGGREGATES = 1_000;

    /** What was measured, for the pipeline's ratios. */
    record Limits(double producerPerSecond, double consumerPerSecond, double upsertsPerSecond) {
    }

    private final String bootstrap;
    private final String storeUri;
    private final byte[] value;
    private final List<RecordHeader> headers = new ArrayList<>();
    private final int recordBytes;

    RawLimits(String bootstrap, String storeUri) {
        this.bootstrap = bootstrap;
        this.storeUri = storeUri;
        EventEnvelope event = SampleIdea.envelope(JsonMapper.shared());
        this.value = event.data();
        int size = value.length + event.subject().length();
        for (Header header : CloudEventsKafka.toRecord("raw-limits", event).headers()) {
            headers.add(new RecordHeader(header.key(), header.value()));
            size += header.key().length() + header.value().length;
        }
        this.recordBytes = size;
    }

    int recordBytes() {
        return recordBytes;
    }

    Limits measure(Duration duration, Report report) {
        createTopic();
        double producer = produce(duration, report);
        produceOneByOne(duration, report);
        double consumer = consume(report);
        double upserts = upsert(duration, report);
        return new Limits(producer, consumer, upserts);
    }

    private void createTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create " + TOPIC, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private ProducerRecord<byte[], byte[]> record() {
        byte[] key = ("aggregate-" + ThreadLocalRandom.current().nextInt(AGGREGATES)).getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(TOPIC, null, key, value, new ArrayList<>(headers));
    }

    /** As fast as the producer goes with sends in flight: the broker's ceiling for our events. */
    private double produce(Duration duration, Report report) {
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            while (System.nanoTime() < end) {
                producer.send(record(), (metadata, failure) -> {
                    if (failure == null) {
                        acknowledged.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (acknowledged.get() == 0 || failed.get() > 0) {
            throw new IllegalStateException("raw producer: " + acknowledged + " acknowledged, " + failed + " failed");
        }
        double rate = acknowledged.get() / seconds;
        report.rate("1 raw limits", "Kafka producer, acks=all, idempotent, pipelined", rate, "records/s", null,
                null, null, recordBytes + " B per record");
        return rate;
    }

    /** One send at a time, waiting for each acknowledgement: what a synchronous sender can reach. */
    private void produceOneByOne(Duration duration, Report report) {
        Histogram latencies = Stats.histogram();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            while (System.nanoTime() < end) {
                long sent = System.nanoTime();
                producer.send(record()).get(30, TimeUnit.SECONDS);
                Stats.record(latencies, System.nanoTime() - sent);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("raw producer (one by one) failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.latency("1 raw limits", "Kafka producer, acks=all, idempotent, one send at a time",
                latencies.getTotalCount() / seconds, Stats.of(latencies), null, null, "records/s");
    }

    /** Reads back everything produced above with a fresh group. */
    private double consume(Report report) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        long total = endOffsets(config);
        long read = 0;
        long start = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            while (read < total && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (start == 0 && !records.isEmpty()) {
                    start = System.nanoTime();
                }
                read += records.count();
            }
        }
        if (read < total) {
            throw new IllegalStateException("raw consumer read " + read + " of " + total + " records");
        }
        double rate = read / ((System.nanoTime() - start) / 1e9);
        report.rate("1 raw limits", "Kafka consumer, from the first record fetched", rate, "records/s", null, null,
                null, read + " records");
        return rate;
    }

    private long endOffsets(Map<String, Object> config) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            return consumer.endOffsets(consumer.partitionsFor(TOPIC).stream()
                            .map(info -> new org.apache.kafka.common.TopicPartition(TOPIC, info.partition())).toList())
                    .values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Single-document upserts, one at a time, of documents shaped like a feed entry, over a key space that makes
     * about half of them inserts and half replacements.
     */
    private double upsert(Duration duration, Report report) {
        Histogram latencies = Stats.histogram();
        int keys = 100_000;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (MongoClient client = MongoClients.create(storeUri)) {
            MongoCollection<Document> collection = client.getDatabase("benchmark-raw").getCollection("upserts");
            ReplaceOptions upsert = new ReplaceOptions().upsert(true);
            while (System.nanoTime() < end) {
                String id = "entry-" + ThreadLocalRandom.current().nextInt(keys);
                Document entry = new Document("_id", id)
                        .append("subscriberId", "subscriber-" + ThreadLocalRandom.current().nextInt(1000))
                        .append("eventType", "berlin.gemeinsam.idea.published.v1")
                        .append("subject", UUID.randomUUID().toString())
                        .append("unit", SampleIdea.UNIT)
                        .append("time", new Date())
                        .append("text", SampleIdea.feedText());
                long sent = System.nanoTime();
                collection.replaceOne(Filters.eq("_id", id), entry, upsert);
                Stats.record(latencies, System.nanoTime() - sent);
            }
        }
        double rate = latencies.getTotalCount() / ((System.nanoTime() - start) / 1e9);
        report.latency("1 raw limits", "store: single-document upserts, one client", rate, Stats.of(latencies), null,
                null, "upserts/s");
        return rate;
    }
}
