package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #4: on a real broker with SCRAM-SHA-512 logins and the StandardAuthorizer, each unit's service writes
 * only its own unit's topics, reads every unit's streams in its own consumer groups, and nobody gets in without
 * valid credentials.
 */
class KafkaAclTest {

    private static final String ADMIN_PASSWORD = "admin-secret-4";
    private static final String MITTE_IDEAS = "gemeinsam.mitte.ideas";
    private static final String PANKOW_IDEAS = "gemeinsam.pankow.ideas";

    private static final UnitAcls PANKOW_IDEAS_SERVICE = UnitAcls.of("pankow", "ideas-service");
    private static final UnitAcls MITTE_IDEAS_SERVICE = UnitAcls.of("mitte", "ideas-service");
    private static final UnitAcls MITTE_NOTIFICATION_SERVICE = UnitAcls.of("mitte", "notification-service");

    @TempDir
    static Path dataDir;

    private static LocalKafkaBroker broker;

    @BeforeAll
    static void startSecuredBrokerWithUnitsAndAcls() throws Exception {
        broker = LocalKafkaBroker.secured(dataDir, FreePorts.next(), FreePorts.next(), ADMIN_PASSWORD).start();
        try (Admin admin = broker.adminClient()) {
            for (UnitAcls acls : List.of(PANKOW_IDEAS_SERVICE, MITTE_NOTIFICATION_SERVICE)) {
                broker.createUser(acls.userName(), password(acls));
                acls.apply(admin);
            }
        }
        // mitte's ideas-service the way an operator sets it up: with the tool and an admin properties file
        Path adminProperties = dataDir.resolve("admin.properties");
        Properties admin = new Properties();
        admin.putAll(broker.clientProperties(LocalKafkaBroker.ADMIN_USER, ADMIN_PASSWORD));
        try (Writer writer = Files.newBufferedWriter(adminProperties, StandardCharsets.UTF_8)) {
            admin.store(writer, null);
        }
        Map<String, String> environment = Map.of("ACLS_USER_PASSWORD", password(MITTE_IDEAS_SERVICE));
        UnitAcls.run(LauncherOptions.parse("acls", UnitAcls.OPTION_NAMES, name -> null, environment::get,
                "--unit=mitte", "--service=ideas-service", "--mode=apply", "--command-config=" + adminProperties));
        // mitte's ideas-service creates its stream on first use, as the binder does
        try (KafkaProducer<String, String> mitte = producer(MITTE_IDEAS_SERVICE.userName(), password(MITTE_IDEAS_SERVICE))) {
            assertThat(mitte.send(new ProducerRecord<>(MITTE_IDEAS, "idea-m1", "{\"unit\":\"mitte\"}"))
                    .get(30, TimeUnit.SECONDS).hasOffset()).isTrue();
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void pankowWritesItsOwnIdeasButNotMittes() throws Exception {
        Map<TopicPartition, Long> mitteBefore = endOffsets(MITTE_IDEAS);
        try (KafkaProducer<String, String> pankow = producer(PANKOW_IDEAS_SERVICE.userName(), password(PANKOW_IDEAS_SERVICE))) {
            RecordMetadata own = pankow.send(new ProducerRecord<>(PANKOW_IDEAS, "idea-p1", "{\"unit\":\"pankow\"}"))
                    .get(30, TimeUnit.SECONDS);
            assertThat(own.topic()).isEqualTo(PANKOW_IDEAS);
            assertThat(own.hasOffset()).isTrue();

            assertThatThrownBy(() -> pankow.send(new ProducerRecord<>(MITTE_IDEAS, "idea-p2", "{\"unit\":\"mitte\"}"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TopicAuthorizationException.class)
                    .hasMessageContaining(MITTE_IDEAS);
        }
        assertThat(endOffsets(MITTE_IDEAS)).as("nothing of pankow's landed in mitte's stream").isEqualTo(mitteBefore);
    }

    @Test
    void pankowCreatesTopicsOnlyUnderItsOwnUnit() throws Exception {
        try (Admin pankow = broker.adminClient(PANKOW_IDEAS_SERVICE.userName(), password(PANKOW_IDEAS_SERVICE))) {
            assertThatThrownBy(() -> pankow.createTopics(List.of(new NewTopic("gemeinsam.mitte.something", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TopicAuthorizationException.class);

            pankow.createTopics(List.of(new NewTopic("gemeinsam.pankow.ideas-service.dlq", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        try (Admin admin = broker.adminClient()) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .contains("gemeinsam.pankow.ideas-service.dlq")
                    .doesNotContain("gemeinsam.mitte.something");
        }
    }

    @Test
    void mittesNotificationServiceReadsPankowsIdeasInItsOwnGroupOnly() throws Exception {
        String key = "idea-" + UUID.randomUUID();
        try (KafkaProducer<String, String> pankow = producer(PANKOW_IDEAS_SERVICE.userName(), password(PANKOW_IDEAS_SERVICE))) {
            pankow.send(new ProducerRecord<>(PANKOW_IDEAS, key, "{\"title\":\"Mehr Bänke\"}")).get(30, TimeUnit.SECONDS);
        }

        try (KafkaConsumer<String, String> mitte = consumer(MITTE_NOTIFICATION_SERVICE, "mitte.notification-service")) {
            mitte.subscribe(Pattern.compile("gemeinsam\\.[a-z0-9-]+\\.ideas"));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.stream().noneMatch(record -> key.equals(record.key())) && System.nanoTime() < deadline) {
                mitte.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            assertThat(records).filteredOn(record -> key.equals(record.key()))
                    .singleElement()
                    .satisfies(record -> {
                        assertThat(record.topic()).isEqualTo(PANKOW_IDEAS);
                        assertThat(record.value()).isEqualTo("{\"title\":\"Mehr Bänke\"}");
                    });
            assertThat(records).extracting(ConsumerRecord::topic).contains(MITTE_IDEAS);
            mitte.commitSync(Duration.ofSeconds(10));
        }

        try (KafkaConsumer<String, String> mitteInPankowsGroup = consumer(MITTE_NOTIFICATION_SERVICE, "pankow.notification-service")) {
            mitteInPankowsGroup.subscribe(List.of(PANKOW_IDEAS));
            assertThatThrownBy(() -> mitteInPankowsGroup.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void aUserWithoutAclsMayDoNothing() throws Exception {
        broker.createUser("spandau.ideas-service", "spandau-secret");
        try (KafkaProducer<String, String> spandau = producer("spandau.ideas-service", "spandau-secret")) {
            assertThatThrownBy(() -> spandau.send(new ProducerRecord<>("gemeinsam.spandau.ideas", "idea-s1", "{}"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordFailsAuthentication() {
        try (KafkaProducer<String, String> impostor = producer(PANKOW_IDEAS_SERVICE.userName(), "not-the-password")) {
            assertThatThrownBy(() -> impostor.send(new ProducerRecord<>(PANKOW_IDEAS, "idea-x", "{}"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void anUnauthenticatedPlaintextClientGetsNoData() throws Exception {
        Map<TopicPartition, Long> pankowBefore = endOffsets(PANKOW_IDEAS);
        Map<String, Object> plaintext = Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");

        Map<String, Object> producerSettings = new HashMap<>(producerSettings());
        producerSettings.putAll(plaintext);
        producerSettings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
        try (KafkaProducer<String, String> anonymous = new KafkaProducer<>(producerSettings)) {
            assertThatThrownBy(() -> anonymous.send(new ProducerRecord<>(PANKOW_IDEAS, "idea-a", "{}"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TimeoutException.class);
        }

        Map<String, Object> consumerSettings = new HashMap<>(consumerSettings("anonymous.reader"));
        consumerSettings.putAll(plaintext);
        try (KafkaConsumer<String, String> anonymous = new KafkaConsumer<>(consumerSettings)) {
            assertThatThrownBy(() -> anonymous.listTopics(Duration.ofSeconds(3)))
                    .isInstanceOf(TimeoutException.class);
        }
        assertThat(endOffsets(PANKOW_IDEAS)).isEqualTo(pankowBefore);
    }

    @Test
    void theGeneratedServerPropertiesDoNotContainTheAdminPassword() throws Exception {
        String properties = Files.readString(dataDir.resolve("server.properties"), StandardCharsets.UTF_8);
        assertThat(properties)
                .contains("listeners=SASL_PLAINTEXT://127.0.0.1:" + broker.port())
                .contains("allow.everyone.if.no.acl.found=false")
                .doesNotContain(ADMIN_PASSWORD);
    }

    private static String password(UnitAcls acls) {
        return acls.userName() + "-secret";
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        try (Admin admin = broker.adminClient()) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int partition = 0; partition < partitions; partition++) {
                latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }

    private static KafkaProducer<String, String> producer(String user, String password) {
        Map<String, Object> settings = new HashMap<>(producerSettings());
        settings.putAll(broker.clientProperties(user, password));
        return new KafkaProducer<>(settings);
    }

    private static Map<String, Object> producerSettings() {
        return Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    }

    private static KafkaConsumer<String, String> consumer(UnitAcls acls, String group) {
        Map<String, Object> settings = new HashMap<>(consumerSettings(group));
        settings.putAll(broker.clientProperties(acls.userName(), password(acls)));
        return new KafkaConsumer<>(settings);
    }

    private static Map<String, Object> consumerSettings(String group) {
        return Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    }
}
