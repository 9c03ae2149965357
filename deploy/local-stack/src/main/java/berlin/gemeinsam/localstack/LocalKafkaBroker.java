package berlin.gemeinsam.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
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
 *     <li>{@code --admin-password} / {@code localstack.kafka.admin-password} / {@code KAFKA_ADMIN_PASSWORD} / none:
 *     when set, the broker starts {@linkplain #secured secured}</li>
 * </ul>
 * The storage is formatted once with Kafka's own {@link Formatter} when {@code meta.properties} is missing.
 *
 * <p><b>Secured mode</b> (off by default) shows the production security model on one machine: the client
 * listener is {@code SASL_PLAINTEXT} with SCRAM-SHA-512 instead of {@code PLAINTEXT}, the
 * {@code StandardAuthorizer} denies everything no ACL allows, and the super user {@value #ADMIN_USER} is the
 * broker's own inter-broker identity and the administrator. Its SCRAM credential is written into the metadata
 * when the storage is formatted, because a KRaft broker accepts SCRAM logins only for credentials already in its
 * metadata; further users are added with {@link #createUser}. TLS is left out locally (production uses
 * {@code SASL_SSL}, see {@code deploy/production/README.md}). The controller listener stays {@code PLAINTEXT}
 * on the loopback interface: KRaft does not support SCRAM on controller listeners, and the combined node's
 * broker registers with its controller there as {@code User:ANONYMOUS}, which therefore is a super user too.
 * Only clients on this machine can reach that listener.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final String DEFAULT_DATA_DIR = "deploy/local/data/kafka";

    /** The super user of a secured broker: the broker's own identity and the administrator. */
    public static final String ADMIN_USER = "admin";
    /** The only SASL mechanism a secured broker offers; the same as in production. */
    public static final String SASL_MECHANISM = "SCRAM-SHA-512";

    static final String HOST = "127.0.0.1";
    static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String PLAINTEXT_LISTENER = "PLAINTEXT";
    private static final String SASL_LISTENER = "SASL_PLAINTEXT";
    private static final String LOG_DIR_NAME = "kraft-combined-logs";
    private static final String HIDDEN = "[hidden]";
    /** Above Kafka's minimum of 4096 for SCRAM-SHA-512; the same count as {@code kafka-configs.sh} uses. */
    static final int SCRAM_ITERATIONS = 8192;
    /** Characters that would break the {@code --add-scram} syntax of the storage formatter or a JAAS line. */
    private static final Pattern UNSAFE_PASSWORD = Pattern.compile("[\\s\"\\\\,\\[\\]=]");
    private static final Duration CREDENTIAL_PROPAGATION_TIMEOUT = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    /** The super user's password in secured mode; {@code null} for the default PLAINTEXT broker. */
    private final String adminPassword;
    private KafkaRaftServer server;

    /** A broker with one PLAINTEXT client listener, no authentication and no authorization. */
    public LocalKafkaBroker(Path dataDir, int port, int controllerPort) {
        this(dataDir, port, controllerPort, null);
    }

    private LocalKafkaBroker(Path dataDir, int port, int controllerPort, String adminPassword) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        if (port == controllerPort) {
            throw new IllegalArgumentException("Kafka port and controller port must differ: " + port);
        }
        this.port = port;
        this.controllerPort = controllerPort;
        this.adminPassword = adminPassword;
    }

    /**
     * A broker whose client listener requires SCRAM-SHA-512 logins and whose authorizer allows only what ACLs
     * allow (see class comment). The super user {@value #ADMIN_USER} gets {@code adminPassword} when the storage
     * is formatted; a data directory formatted earlier keeps the password it was formatted with.
     *
     * @throws IllegalArgumentException if the password is blank or contains whitespace, quotes, backslashes,
     *                                  commas, brackets or {@code =}
     */
    public static LocalKafkaBroker secured(Path dataDir, int port, int controllerPort, String adminPassword) {
        return new LocalKafkaBroker(dataDir, port, controllerPort, checkedPassword(adminPassword));
    }

    /** Builds a broker from command-line arguments, system properties and environment (see class comment). */
    public static LocalKafkaBroker fromArgs(String... args) {
        LauncherOptions options = LauncherOptions.parse("kafka",
                Set.of("port", "controller-port", "data-dir", "admin-password"), args);
        Path dataDir = options.path("data-dir", DEFAULT_DATA_DIR);
        int port = options.port("port", DEFAULT_PORT);
        int controllerPort = options.port("controller-port", DEFAULT_CONTROLLER_PORT);
        String password = options.string("admin-password", null);
        return password == null
                ? new LocalKafkaBroker(dataDir, port, controllerPort)
                : secured(dataDir, port, controllerPort, password);
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
        log.info("Kafka broker {} (KRaft, node.id {}) started in {} ms: bootstrap servers {} ({}), controller {}:{}, data {}",
                kafkaVersion(), NODE_ID, (System.nanoTime() - started) / 1_000_000, bootstrapServers(),
                isSecured() ? SASL_LISTENER + " with " + SASL_MECHANISM + " and ACLs" : PLAINTEXT_LISTENER, HOST,
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

    /** Whether clients must log in with SCRAM-SHA-512 and are limited by ACLs. */
    public boolean isSecured() {
        return adminPassword != null;
    }

    /**
     * The settings a Kafka client (producer, consumer, admin) needs to log in to this secured broker as
     * {@code user}: the bootstrap servers and the SASL settings. Any password is accepted here, so that a test
     * can try a wrong one.
     *
     * @throws IllegalStateException if the broker is not secured
     */
    public Map<String, Object> clientProperties(String user, String password) {
        requireSecured();
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SASL_LISTENER);
        properties.put(SaslConfigs.SASL_MECHANISM, SASL_MECHANISM);
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, scramJaasConfig(user, password));
        return properties;
    }

    /** An admin client logged in as {@code user}; the caller closes it. */
    public Admin adminClient(String user, String password) {
        Map<String, Object> properties = clientProperties(user, password);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-admin-" + user);
        return Admin.create(properties);
    }

    /** An admin client logged in as the super user {@value #ADMIN_USER}; the caller closes it. */
    public Admin adminClient() {
        return adminClient(ADMIN_USER, adminPassword);
    }

    /**
     * Creates (or changes the password of) the SCRAM-SHA-512 user {@code user} with the super user's admin
     * client, and returns once the broker accepts a login with it: the controller commits the credential first,
     * the broker learns it from the metadata log a moment later.
     *
     * @throws IllegalStateException if the broker is not secured or not running, or the login still fails after
     *                               15 s
     */
    public void createUser(String user, String password) {
        requireSecured();
        if (!isRunning()) {
            throw new IllegalStateException("Kafka broker not running; start it before creating users");
        }
        String checked = checkedPassword(password);
        try (Admin admin = adminClient()) {
            upsertScramUser(admin, user, checked);
        }
        awaitLogin(user, checked);
        log.info("Kafka user {} ({}) created", user, SASL_MECHANISM);
    }

    /**
     * Creates or updates the SCRAM-SHA-512 credential of {@code user} through {@code admin}, which must be
     * allowed to alter the cluster (a super user); like {@code kafka-configs.sh --alter --add-config
     * 'SCRAM-SHA-512=[iterations=8192,password=...]' --entity-type users}.
     */
    static void upsertScramUser(Admin admin, String user, String password) {
        try {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password)))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Creating Kafka user " + user + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka user " + user, e);
        }
    }

    private void awaitLogin(String user, String password) {
        long deadline = System.nanoTime() + CREDENTIAL_PROPAGATION_TIMEOUT.toNanos();
        Map<String, Object> properties = clientProperties(user, password);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        while (true) {
            try (Admin admin = Admin.create(properties)) {
                admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof SaslAuthenticationException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka user " + user + " cannot log in", e);
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka user " + user + " cannot log in", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Kafka user " + user, e);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a Kafka user", e);
        }
    }

    private void requireSecured() {
        if (!isSecured()) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers()
                    + " is not secured; start it with LocalKafkaBroker.secured(...)");
        }
    }

    /** The JAAS line of a SCRAM client login; quotes and backslashes are escaped as JAAS requires. */
    static String scramJaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + jaasEscape(Objects.requireNonNull(user, "user")) + "\" password=\""
                + jaasEscape(Objects.requireNonNull(password, "password")) + "\";";
    }

    private static String jaasEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String checkedPassword(String password) {
        if (password == null || password.isBlank() || UNSAFE_PASSWORD.matcher(password).find()) {
            throw new IllegalArgumentException("A Kafka password must not be blank and must not contain whitespace, "
                    + "quotes, backslashes, commas, brackets or '='");
        }
        return password;
    }

    Path logDir() {
        return dataDir.resolve(LOG_DIR_NAME);
    }

    Properties serverProperties() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", Integer.toString(NODE_ID));
        settings.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        String listener = isSecured() ? SASL_LISTENER : PLAINTEXT_LISTENER;
        settings.put("listeners", listener + "://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        settings.put("advertised.listeners", listener + "://" + HOST + ":" + port);
        settings.put("inter.broker.listener.name", listener);
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("listener.security.protocol.map", listener + ":" + listener + "," + CONTROLLER_LISTENER + ":PLAINTEXT");
        if (isSecured()) {
            settings.putAll(securitySettings());
        }
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

    private Map<String, String> securitySettings() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("sasl.enabled.mechanisms", SASL_MECHANISM);
        settings.put("sasl.mechanism.inter.broker.protocol", SASL_MECHANISM);
        // the broker's own login on its inter-broker listener
        settings.put(jaasConfigKey(), scramJaasConfig(ADMIN_USER, adminPassword));
        settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        settings.put("allow.everyone.if.no.acl.found", "false");
        settings.put("super.users", "User:" + ADMIN_USER + ";User:ANONYMOUS");
        return settings;
    }

    private static String jaasConfigKey() {
        return "listener.name." + SASL_LISTENER.toLowerCase(Locale.ROOT) + "."
                + SASL_MECHANISM.toLowerCase(Locale.ROOT) + ".sasl.jaas.config";
    }

    private void writeServerProperties(Properties properties) {
        try {
            Files.createDirectories(dataDir);
            StringBuilder text = new StringBuilder("# generated by ")
                    .append(LocalKafkaBroker.class.getName())
                    .append(" on every start; edits are overwritten\n");
            if (isSecured()) {
                text.append("# the broker's password is ").append(HIDDEN).append(" here; it is only passed in memory\n");
            }
            new TreeMap<>(properties).forEach((key, value) -> text.append(key).append('=')
                    .append(jaasConfigKey().equals(key) ? scramJaasConfig(ADMIN_USER, HIDDEN) : value)
                    .append('\n'));
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
        log.info("Formatting Kafka storage {} (cluster id {}{})", logDir(), clusterId,
                isSecured() ? ", SCRAM credential of " + ADMIN_USER : "");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            // like kafka-storage format --add-scram: the super user can log in from the first start on
            List<String> scramArguments = isSecured()
                    ? List.of(SASL_MECHANISM + "=[name=" + ADMIN_USER + ",password=\"" + adminPassword + "\"]")
                    : List.of();
            new Formatter()
                    .setPrintStream(printStream)
                    .setScramArguments(scramArguments)
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
