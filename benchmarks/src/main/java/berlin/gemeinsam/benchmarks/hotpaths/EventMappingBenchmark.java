package berlin.gemeinsam.benchmarks.hotpaths;

import berlin.gemeinsam.events.catalog.EventCatalog;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.platform.events.CloudEventsKafka;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.events.EventSequence;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What every event costs in process on its way: the CloudEvents envelope to a Kafka record (relay) and from a
 * received message (consumer), and the event record to and from JSON (outbox and consumer).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventMappingBenchmark {

    private final JsonMapper json = JsonMapper.shared();
    private IdeaPublished idea;
    private byte[] ideaJson;
    private EventEnvelope envelope;
    private Message<byte[]> message;

    @Setup
    public void prepare() {
        idea = new IdeaPublished(UUID.randomUUID().toString(), "mitte",
                "Schattenplätze und Trinkbrunnen am Spreeufer",
                "Im Sommer gibt es am Spreeufer zwischen Monbijoupark und Museumsinsel kaum Schatten und kein "
                        + "Trinkwasser. Ältere Menschen und Familien mit kleinen Kindern meiden den Weg deshalb an "
                        + "heißen Tagen, obwohl er die kürzeste Verbindung zwischen zwei Kiezen ist.",
                "Bäume pflanzen, Sonnensegel über den Bänken und zwei Trinkbrunnen aufstellen, gemeinsam mit den "
                        + "Berliner Wasserbetrieben.", "Stadtraum", Instant.now());
        ideaJson = json.writeValueAsBytes(idea);
        String type = EventCatalog.typeOf(IdeaPublished.class);
        envelope = new EventEnvelope(UUID.randomUUID().toString(), "/units/mitte/ideas-service", type,
                idea.ideaId(), idea.publishedAt(), EventCatalog.schemaUriOf(type), "mitte", ideaJson,
                EventSequence.of(1, 0));
        MessageBuilder<byte[]> received = MessageBuilder.withPayload(ideaJson);
        for (Header header : CloudEventsKafka.toRecord("gemeinsam.mitte.ideas", envelope).headers()) {
            received.setHeader(header.key(), header.value());
        }
        message = received.build();
    }

    @Benchmark
    public ProducerRecord<byte[], byte[]> cloudEventToKafkaRecord() {
        return CloudEventsKafka.toRecord("gemeinsam.mitte.ideas", envelope);
    }

    @Benchmark
    public EventEnvelope kafkaMessageToCloudEvent() {
        return CloudEventsKafka.fromMessage(message);
    }

    @Benchmark
    public String eventToJson() {
        return json.writeValueAsString(idea);
    }

    @Benchmark
    public IdeaPublished jsonToEvent() {
        return json.readValue(ideaJson, IdeaPublished.class);
    }
}
