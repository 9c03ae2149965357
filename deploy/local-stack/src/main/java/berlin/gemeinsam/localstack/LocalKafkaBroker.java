package berlin.gemeinsam.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode (one node that is broker and controller at once, node.id 1),
 * listening on 127.0.0.1 only, with its logs in a data directory that survives restarts.
 *
 * <p>Settings (argument / system property / environment variable / default):
 * <ul>
 *     <li>{@code --port} / {@code localstack.kafka.port} / {@code KAFKA_PORT} / 9092 (PLAINTEXT listener)</li>
 *     <li>{@code --controller-port} / {@code localstack.kafka.controller-port} / {@code KAFKA_CONTROLLER_PORT} / 9093</li>
 *     <li>{@code --data-dir} / {@code localstack.kafka.data-dir} / {@code KAFKA_DATA_DIR} / {@code deploy/local/data/kafka}</li>
 * </ul>
 * The storage is formatted once with Kafka's own {@link Formatter} when {@code meta.properties} is missing.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final String DEFAULT_DATA_DIR = "deploy/local/data/kafka";

    static final String HOST = "127.0.0.1";
    static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String LOG_DIR_NAME = "kraft-combined-logs";

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public LocalKafkaBroker(Path dataDir, int port, int controllerPort) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        if (port == controllerPort) {
            throw new IllegalArgumentException("Kafka port and controller port must differ: " + port);
        }
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Builds a broker from command-line arguments, system properties and environment (see class comment). */
    public static LocalKafkaBroker fromArgs(String... args) {
        LauncherOptions options = LauncherOptions.parse("kafka", Set.of("port", "controller-port", "data-dir"), args);
        return new LocalKafkaBroker(options.path("data-dir", DEFAULT_DATA_DIR),
                options.port("port", DEFAULT_PORT),
                options.port("controller-port", DEFAULT_CONTROLLER_PORT));
    }

    /**
     * Formats the storage if needed and starts the broker; returns once the broker serves clients.
     *
     * @throws IllegalStateException if already started
     */
    public synchronized LocalKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("Kafka broker already started on " + bootstrapServers());
        }
        long started = System.nanoTime();
        Properties properties = serverProperties();
        writeServerProperties(properties);
        KafkaConfig config = KafkaConfig.fromProps(properties, false);
        formatIfNeeded(config);
        KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            shutdownQuietly(raftServer);
            throw e;
        }
        server = raftServer;
        log.info("Kafka broker {} (KRaft, node.id {}) started in {} ms: bootstrap servers {}, controller {}:{}, data {}",
                kafkaVersion(), NODE_ID, (System.nanoTime() - started) / 1_000_000, bootstrapServers(), HOST,
                controllerPort, dataDir);
        return this;
    }

    /** Stops the broker (controlled shutdown, logs flushed) and waits for it; does nothing if not running. */
    public synchronized void stop() {
        KafkaRaftServer raftServer = server;
        if (raftServer == null) {
            return;
        }
        server = null;
        log.info("Stopping Kafka broker on {}", bootstrapServers());
        long started = System.nanoTime();
        raftServer.shutdown();
        raftServer.awaitShutdown();
        log.info("Kafka broker stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    Path logDir() {
        return dataDir.resolve(LOG_DIR_NAME);
    }

    Properties serverProperties() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", Integer.toString(NODE_ID));
        settings.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        settings.put("listeners", "PLAINTEXT://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        settings.put("log.dirs", logDir().toString());
        settings.put("auto.create.topics.enable", "true");
        settings.put("num.partitions", "3");
        settings.put("default.replication.factor", "1");
        settings.put("min.insync.replicas", "1");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        // small footprint for a developer machine
        settings.put("num.network.threads", "2");
        settings.put("num.io.threads", "4");
        settings.put("num.recovery.threads.per.data.dir", "1");
        settings.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        Properties properties = new Properties();
        properties.putAll(settings);
        return properties;
    }

    private void writeServerProperties(Properties properties) {
        try {
            Files.createDirectories(dataDir);
            StringBuilder text = new StringBuilder("# generated by ")
                    .append(LocalKafkaBroker.class.getName())
                    .append(" on every start; edits are overwritten\n");
            new TreeMap<>(properties).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            Files.writeString(dataDir.resolve("server.properties"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write server.properties in " + dataDir, e);
        }
    }

    private void formatIfNeeded(KafkaConfig config) {
        Path metaProperties = logDir().resolve("meta.properties");
        if (Files.exists(metaProperties)) {
            log.info("Kafka storage {} already formatted, keeping its data", logDir());
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        log.info("Formatting Kafka storage {} (cluster id {})", logDir(), clusterId);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(config.nodeId())
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .addDirectory(logDir().toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Formatting Kafka storage " + logDir() + " failed", e);
        } finally {
            output.toString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .forEach(line -> log.info("storage format: {}", line));
        }
    }

    private static void shutdownQuietly(KafkaRaftServer raftServer) {
        try {
            raftServer.shutdown();
            raftServer.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Error while shutting down a Kafka broker that failed to start", e);
        }
    }

    private static String kafkaVersion() {
        return org.apache.kafka.common.utils.AppInfoParser.getVersion();
    }

    /** Starts the broker and blocks until the JVM is asked to stop (SIGTERM, SIGINT). */
    public static void main(String[] args) {
        LocalKafkaBroker broker;
        try {
            broker = fromArgs(args);
            broker.start();
        } catch (RuntimeException e) {
            log.error("Kafka broker failed to start: {}", e.getMessage(), e);
            Launchers.exit(1);
            return;
        }
        Launchers.blockUntilShutdown("kafka-broker-shutdown", broker::stop);
    }
}
