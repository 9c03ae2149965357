package berlin.gemeinsam.platform.outbox;

import berlin.gemeinsam.platform.events.EventMetrics;
import berlin.gemeinsam.platform.events.ReliableProducer;
import berlin.gemeinsam.platform.testapp.Ideas;
import berlin.gemeinsam.platform.testapp.PlatformIntegrationTest;
import berlin.gemeinsam.testsupport.KafkaTestClient;
import berlin.gemeinsam.testsupport.PublishedEvents;
import berlin.gemeinsam.testsupport.SharedKafkaBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The guarantees of {@link OutboxRelay}: in order per aggregate, nothing lost when the relay or the broker fails. */
@PlatformIntegrationTest
class OutboxRelayIntegrationTest {

    private static final String IDEAS_TOPIC = "gemeinsam.mitte.ideas";
    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";
    private static final String PROBLEM = "Am Spreeufer gibt es kaum Sitzplätze.";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    Ideas ideas;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Autowired
    KafkaTemplate<byte[], byte[]> eventKafkaTemplate;

    @Autowired
    EventMetrics metrics;

    /** Publishes a new idea under the title "1", then again under "2" to {@code publications}. */
    private String ideaPublished(int publications) {
        String id = ideas.publishNew("1", PROBLEM).id();
        IntStream.rangeClosed(2, publications).forEach(title -> ideas.republish(id, String.valueOf(title)));
        return id;
    }

    private static List<String> titlesOnTheTopic(String ideaId, int expected) {
        return KafkaTestClient.read(IDEAS_TOPIC, record -> ideaId.equals(record.key()), expected, DELIVERY).stream()
                .map(OutboxRelayIntegrationTest::title).toList();
    }

    private static String title(ConsumerRecord<String, String> record) {
        return JsonMapper.shared().readTree(record.value()).path("title").asString();
    }

    private static List<String> oneTo(int last) {
        return IntStream.rangeClosed(1, last).mapToObj(String::valueOf).toList();
    }

    private List<String> titlesInTheOutbox(String ideaId) {
        Document idea = mongo.getCollection("idea").find(new Document("_id", ideaId)).first();
        return idea.getList(EventOutbox.OUTBOX, Document.class).stream()
                .map(event -> JsonMapper.shared().readTree(event.getString(PendingEvent.DATA)).path("title").asString())
                .toList();
    }

    private void awaitEmptyOutbox(String ideaId) {
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(titlesInTheOutbox(ideaId)).isEmpty());
    }

    /** Another relay on the same store, as a second process of the service would run it. */
    private OutboxRelay relayOn(KafkaTemplate<byte[], byte[]> kafka, SimpleMeterRegistry registry,
                                Duration deliveryTimeout) {
        return new OutboxRelay(mongo, Set.of("idea"), kafka, metrics, registry, Duration.ofMinutes(1),
                Duration.ofMillis(500), 500, deliveryTimeout);
    }

    @Test
    void theEventsOfEachIdeaArriveOnceEachInTheOrderTheyWereWrittenAsCloudEvents() {
        List<String> ids = new ArrayList<>();
        for (int idea = 0; idea < 5; idea++) {
            ids.add(ideas.publishNew("1", PROBLEM).id());
        }
        // the ideas change in turns while the relay sends, so its passes take events of several ideas at once
        for (int title = 2; title <= 20; title++) {
            for (String id : ids) {
                ideas.republish(id, String.valueOf(title));
            }
        }

        List<ConsumerRecord<String, String>> records = KafkaTestClient.read(IDEAS_TOPIC,
                record -> ids.contains(record.key()), 100, DELIVERY);

        Map<String, List<String>> titlesByIdea = new LinkedHashMap<>();
        records.forEach(record -> titlesByIdea.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(title(record)));
        assertThat(titlesByIdea).containsOnlyKeys(ids);
        titlesByIdea.values().forEach(titles -> assertThat(titles).containsExactlyElementsOf(oneTo(20)));
        records.forEach(record -> PublishedEvents.assertCloudEvent(record, IDEA_PUBLISHED, "mitte", "platform-testapp"));
        ids.forEach(this::awaitEmptyOutbox);
    }

    @Test
    void eachEventCarriesItsPlaceInItsIdeasOrderAsTheSequenceAttributeOrderedAsText() {
        String id = ideaPublished(2);
        ideas.republishTwice(id, "3", "4");
        ideas.republish(id, "5");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.read(IDEAS_TOPIC,
                record -> id.equals(record.key()), 5, DELIVERY);

        assertThat(records).extracting(OutboxRelayIntegrationTest::title).containsExactly("1", "2", "3", "4", "5");
        // the version each change brought the idea to (created at 0), and the event's index within its change
        List<String> sequences = records.stream().map(record -> KafkaTestClient.header(record, "ce_sequence")).toList();
        assertThat(sequences).containsExactly("0000000000000000000.0000", "0000000000000000001.0000",
                "0000000000000000002.0000", "0000000000000000002.0001", "0000000000000000003.0000");
        assertThat(sequences).isSortedAccordingTo(String::compareTo);
        assertThat(ideas.find(id).version()).isEqualTo(3);
    }

    @Test
    void eventsWaitingWhenTheRelayDiedAreSentInOrderByTheNextRelay() {
        String id;
        relay.stop();
        try {
            id = ideaPublished(10);
            assertThat(titlesInTheOutbox(id)).containsExactlyElementsOf(oneTo(10));

            OutboxRelay next = relayOn(eventKafkaTemplate, new SimpleMeterRegistry(), Duration.ofSeconds(30));
            next.start();
            try {
                assertThat(titlesOnTheTopic(id, 10)).containsExactlyElementsOf(oneTo(10));
                awaitEmptyOutbox(id);
            } finally {
                next.stop();
            }
        } finally {
            relay.start();
        }
    }

    @Test
    void eventsTheBrokerDidNotAnswerForStayInTheOutboxAndAreSentInOrderByTheNextRelay() throws Exception {
        String id;
        relay.stop();
        try (ServerSocket silentBroker = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            id = ideaPublished(3);
            Duration deliveryTimeout = Duration.ofSeconds(2);
            DefaultKafkaProducerFactory<byte[], byte[]> unanswered = ReliableProducer.factory(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + silentBroker.getLocalPort()), deliveryTimeout);
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            OutboxRelay relayWithoutBroker = relayOn(new KafkaTemplate<>(unanswered), registry, deliveryTimeout);
            relayWithoutBroker.start();
            try {
                // what an operator sees: one idea whose events wait for the broker
                await().atMost(DELIVERY).until(() -> registry.get("gemeinsam.outbox.backlog").gauge().value() == 1);
            } finally {
                relayWithoutBroker.stop();
                unanswered.destroy();
            }
            assertThat(titlesInTheOutbox(id)).containsExactlyElementsOf(oneTo(3));
        } finally {
            relay.start();
        }

        assertThat(titlesOnTheTopic(id, 3)).containsExactlyElementsOf(oneTo(3));
        awaitEmptyOutbox(id);
    }

    @Test
    void anEventTheBrokerRefusesIsNotOvertakenByItsIdeasNextEventWhileOtherIdeasGoOn() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafkaBroker.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, IDEAS_TOPIC);
            ConfigEntry smallRecords = new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "8192");
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(smallRecords, AlterConfigOp.OpType.SET))))
                    .all().get();
            String refused;
            try {
                // larger than a producer batch (16 KB) too, so the producer sends it in a batch of its own
                refused = ideas.publishNew("zu groß", "x".repeat(20_000)).id();
                ideas.republish(refused, "danach");
                String other = ideas.publishNew("daneben", PROBLEM).id();

                // the relay tried the refused idea before the other one, which it wrote later
                assertThat(titlesOnTheTopic(other, 1)).containsExactly("daneben");
                assertThat(KafkaTestClient.readUntil(IDEAS_TOPIC, record -> refused.equals(record.key()),
                        Duration.ofSeconds(3))).isEmpty();
                assertThat(titlesInTheOutbox(refused)).containsExactly("zu groß", "danach");
            } finally {
                admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(smallRecords,
                        AlterConfigOp.OpType.DELETE)))).all().get();
            }

            // once the broker takes it, the relay's retry sends both, still in order
            assertThat(titlesOnTheTopic(refused, 2)).containsExactly("zu groß", "danach");
            awaitEmptyOutbox(refused);
        }
    }
}
