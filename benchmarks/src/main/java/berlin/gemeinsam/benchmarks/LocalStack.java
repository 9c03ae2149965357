package berlin.gemeinsam.benchmarks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The local stack as deploy/local/run.sh starts it, each part its own process: the Kafka broker (KRaft) and the
 * document store from deploy/local-stack, the mail server (GreenMail standalone) when a scenario sends mail, then
 * the services from their extracted jars, all on free ports of 127.0.0.1 and with their data in a temporary folder
 * that is deleted at the end.
 */
final class LocalStack implements AutoCloseable {

    static final List<String> SERVICES = List.of("ideas-service", "measures-service", "participation-service",
            "notification-service");
    /**
     * As deploy/local/run.sh starts them (its defaults), so the footprint is the one a developer sees: a heap that
     * starts at 128 MB and grows as needed, no full collections at start-up for the metaspace threshold, Serial GC.
     */
    private static final List<String> SERVICE_JVM = List.of("-Xmx256m", "-Xms128m", "-XX:MetaspaceSize=96m",
            "-XX:+UseSerialGC");
    /** Returns freed native memory every 5 s; added where the JVM has the option (JDK 21, 25, recent 17 updates). */
    private static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";
    private static final List<String> INFRA_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");
    /**
     * The store holds what a whole run writes (over 600,000 feed entries) and answers the fan-out's count with a full
     * scan in memory; with deploy/local/run.sh's 512 MB it ran out of heap there and closed its file. G1, not the
     * serial collector: with its page cache and in-memory indexes the store keeps several hundred MB live, and the
     * serial collector's full collections stopped it for 0.7 to 1.4 s each, 25 times in one run of scenario 2 and
     * once for 1.3 s in the middle of a consumer's drain (BENCHMARKS.md, "Session 15").
     */
    private static final List<String> STORE_JVM = List.of("-Xmx2g", "-XX:+UseG1GC");
    /** The JDK's AOT cache (JEP 483, 514) where the services' JVM has it, else a dynamic CDS archive. */
    private static final boolean AOT_CACHE = Runtime.version().feature() >= 25;
    private static final Duration INFRA_START = Duration.ofSeconds(60);
    private static final Duration SERVICE_START = Duration.ofSeconds(120);
    /** A training run starts the service up to its refresh and then writes the archive, which takes as long again. */
    private static final Duration TRAINING = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final Path root;
    private final Path dataDir;
    private final Path logDir;
    private final String java;
    private final List<ManagedProcess> infra = new ArrayList<>();
    private final Map<String, ManagedProcess> services = new LinkedHashMap<>();
    private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
    private final Map<String, StartUp> startUp = new LinkedHashMap<>();
    private final Map<String, ArchiveStartUp> archiveStartUp = new LinkedHashMap<>();
    private final List<String> serviceJvm;
    private int kafkaPort;
    private int storePort;
    private int mailSmtpPort;
    private int mailApiPort;

    LocalStack(Path root, Path logDir) {
        this.root = root;
        this.logDir = logDir;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jvm = new ArrayList<>(SERVICE_JVM);
        if (accepts(java, TRIM_NATIVE_HEAP)) {
            jvm.add(TRIM_NATIVE_HEAP);
        }
        this.serviceJvm = List.copyOf(jvm);
        try {
            this.dataDir = Files.createTempDirectory("gemeinsam-benchmark-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the broker and the store side by side and waits for both. */
    void startInfrastructure() {
        Path stack = root.resolve("deploy/local-stack/target");
        requireFile(stack.resolve("local-stack.jar"));
        String classPath = stack.resolve("local-stack.jar") + ":" + stack.resolve("lib") + "/*";
        kafkaPort = freePort();
        int controllerPort = freePort();
        storePort = freePort();
        ManagedProcess kafka = ManagedProcess.start("kafka", command(infraJvm("kafka"), "-cp", classPath,
                "berlin.gemeinsam.localstack.LocalKafkaBroker", "--port=" + kafkaPort,
                "--controller-port=" + controllerPort, "--data-dir=" + dataDir.resolve("kafka")), Map.of(), logDir);
        infra.add(kafka);
        ManagedProcess store = ManagedProcess.start("store", command(infraJvm("store"), "-cp", classPath,
                "berlin.gemeinsam.localstack.LocalDocumentStore", "--port=" + storePort,
                "--data-dir=" + dataDir.resolve("store")), Map.of(), logDir);
        infra.add(store);
        store.await("started", () -> store.logShows(Pattern.compile("Document store started")), INFRA_START);
        kafka.await("started", () -> kafka.logShows(Pattern.compile("Kafka broker .* started")), INFRA_START);
        log.info("Kafka broker on 127.0.0.1:{}, store on 127.0.0.1:{}, data in {}", kafkaPort, storePort, dataDir);
    }

    /**
     * Starts GreenMail standalone as deploy/local/run.sh does (the jar deploy/local-stack copies from Maven Central,
     * any password accepted), with SMTP and its REST API only; the services started after it send their mails there.
     */
    void startMailServer() {
        Path jar = root.resolve("deploy/local-stack/target/greenmail/greenmail-standalone.jar");
        requireFile(jar);
        mailSmtpPort = freePort();
        mailApiPort = freePort();
        List<String> jvm = new ArrayList<>(infraJvm("mail"));
        jvm.addAll(List.of("-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + mailSmtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + mailApiPort,
                "-Dgreenmail.auth.disabled"));
        ManagedProcess mail = ManagedProcess.start("mail", command(jvm, "-jar", jar.toString()), Map.of(), logDir);
        infra.add(mail);
        MailServer server = mailServer();
        mail.await("ready", server::isReady, INFRA_START);
        log.info("GreenMail SMTP on 127.0.0.1:{}, its API on 127.0.0.1:{}", mailSmtpPort, mailApiPort);
    }

    /**
     * Starts the services one after the other, each as deploy/local/run.sh starts it: from its jar extracted the way
     * Spring Boot documents for efficient deployments ({@code java -Djarmode=tools -jar x.jar extract}), whose plain
     * jars on the class path load faster than the nested jars of the packaged one. With {@code measureAlone}
     * (scenario 5), each service is first started alone, with only the broker and the store running, and stopped
     * again: once as run.sh starts it from its second run on (see {@link #startWithArchive}) and once without the
     * archive, each measured. The starts that stay for the scenarios come after: a service started beside the others
     * shares the 2 cores with their consumers' fetches, relays and schedulers, about a third of a core (scenario 5's
     * idle row), and so would be measured slower the later it comes.
     */
    void startServices(boolean measureAlone) {
        Map<String, Path> applications = new LinkedHashMap<>();
        for (String service : SERVICES) {
            applications.put(service, extracted(service));
        }
        if (measureAlone) {
            applications.forEach((service, application) -> {
                startWithArchive(service, application);
                startAlone(service, application);
            });
        }
        applications.forEach((service, application) -> {
            int port = freePort();
            ManagedProcess process = startService(service, service, jvmOf(service), application, port);
            services.put(service, process);
            servicePorts.put(service, port);
            StartUp took = awaitReady(process, port);
            log.info("{} ready on 127.0.0.1:{} after {} ms ({} ms CPU)", service, port, took.wall().toMillis(),
                    took.cpu().map(Duration::toMillis).orElse(-1L));
        });
    }

    /** The service's jar extracted into the run's data, the application jar in it. */
    private Path extracted(String service) {
        Path jar = root.resolve(service).resolve("target").resolve(service + ".jar");
        requireFile(jar);
        Path extracted = dataDir.resolve("extracted").resolve(service);
        try (ManagedProcess extract = ManagedProcess.start(service + "-extract", command(List.of(),
                "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()),
                Map.of(), logDir)) {
            extract.awaitExit("extracting " + jar, SERVICE_START);
        }
        return extracted.resolve(jar.getFileName());
    }

    /** The start without the archive, alone, measured and stopped. */
    private void startAlone(String service, Path application) {
        int port = freePort();
        try (ManagedProcess process = startService(service + "-alone", service, jvmOf(service), application, port)) {
            StartUp took = awaitReady(process, port);
            startUp.put(service, took);
            log.info("{} alone ready after {} ms ({} ms CPU)", service, took.wall().toMillis(),
                    took.cpu().map(Duration::toMillis).orElse(-1L));
        }
    }

    /**
     * Spring Boot's documented class data sharing on the extracted jar: a training run that refreshes the context
     * and exits ({@code -Dspring.context.exit=onRefresh}: no consumer joins a group, no relay sends) and writes the
     * archive of the classes it loaded, then the start with the archive. On JDK 25 and newer the archive is the JDK's
     * AOT cache ({@code -XX:AOTCacheOutput}, then {@code -XX:AOTCache}), which also keeps the classes linked; before,
     * a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}).
     */
    private void startWithArchive(String service, Path application) {
        Path archive = application.resolveSibling(service + (AOT_CACHE ? ".aot" : ".jsa"));
        List<String> training = new ArrayList<>(jvmOf(service));
        training.add((AOT_CACHE ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive);
        training.add("-Dspring.context.exit=onRefresh");
        Duration trainingTook;
        try (ManagedProcess trainingRun = startService(service + "-training", service, training, application,
                freePort())) {
            trainingRun.awaitExit("the training run", TRAINING);
            trainingTook = Duration.ofNanos(System.nanoTime() - trainingRun.startedNanos);
        }
        requireFile(archive);
        List<String> jvm = new ArrayList<>(jvmOf(service));
        jvm.add((AOT_CACHE ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
        int port = freePort();
        try (ManagedProcess process = startService(service + "-with-archive", service, jvm, application, port)) {
            StartUp took = awaitReady(process, port);
            archiveStartUp.put(service, new ArchiveStartUp(took, trainingTook));
            log.info("{} with {} ready after {} ms ({} ms CPU); training run {} ms", service, archiveKind(),
                    took.wall().toMillis(), took.cpu().map(Duration::toMillis).orElse(-1L), trainingTook.toMillis());
        }
    }

    /** A process of the service's extracted application jar, named {@code name} in the logs, on the port. */
    private ManagedProcess startService(String name, String service, List<String> jvm, Path application, int port) {
        return ManagedProcess.start(name, command(jvm, "-jar", application.toString()), environment(service, port),
                logDir);
    }

    /** What the archive is called in the figures: the JDK's AOT cache (25 and newer) or a CDS archive. */
    static String archiveKind() {
        return AOT_CACHE ? "AOT cache" : "CDS archive";
    }

    private StartUp awaitReady(ManagedProcess process, int port) {
        process.await("ready", ServiceApi.on(port)::isReady, SERVICE_START);
        return new StartUp(Duration.ofNanos(System.nanoTime() - process.startedNanos), process.cpuTime());
    }

    private List<String> jvmOf(String service) {
        List<String> jvm = new ArrayList<>(serviceJvm);
        jvm.addAll(extraOptions("BENCHMARK_SERVICE_JAVA_OPTS", service));
        return jvm;
    }

    private Map<String, String> environment(String service, int port) {
        Map<String, String> environment = new LinkedHashMap<>(Map.of("SERVER_PORT", Integer.toString(port),
                "GEMEINSAM_UNIT", SampleIdea.UNIT,
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap(),
                "SPRING_MONGODB_URI", storeUri(),
                "GEMEINSAM_SECURITY_ISSUER", CallerTokens.issuer(),
                // the driver is one client that writes thousands of times a second on purpose
                "GEMEINSAM_SECURITY_WRITES_PER_MINUTE", "1000000000",
                // ideas-service's search index, with the rest of the run's data
                "GEMEINSAM_SEARCH_DIRECTORY", dataDir.resolve(service).resolve("search").toString()));
        if (mailSmtpPort > 0) {
            environment.put("SPRING_MAIL_HOST", "127.0.0.1");
            environment.put("SPRING_MAIL_PORT", Integer.toString(mailSmtpPort));
        }
        return environment;
    }

    /** From the start of the process until its readiness answered 200, and the CPU time it used until then. */
    record StartUp(Duration wall, Optional<Duration> cpu) {
    }

    /** A start with the archive, and how long the training run that wrote it took. */
    record ArchiveStartUp(StartUp startUp, Duration training) {
    }

    /** The services' JVM options before {@code BENCHMARK_SERVICE_JAVA_OPTS}, as the footprint figures name them. */
    String serviceJvmOptions() {
        return String.join(" ", serviceJvm);
    }

    /** Whether the JVM starts with the option (as deploy/local/run.sh checks it). */
    private static boolean accepts(String java, String option) {
        try {
            Process probe = new ProcessBuilder(java, option, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!probe.waitFor(30, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return false;
            }
            return probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * JVM options added to the services' from {@code BENCHMARK_SERVICE_JAVA_OPTS} (to the broker's and the store's
     * from {@code BENCHMARK_INFRA_JAVA_OPTS}), e.g. to profile them with
     * {@code -XX:StartFlightRecording:filename=benchmark-results/%s.jfr}; {@code %s} becomes the process's name.
     */
    private static List<String> extraOptions(String variable, String name) {
        String options = System.getenv().getOrDefault(variable, "").trim();
        return options.isEmpty() ? List.of() : List.of(options.replace("%s", name).split("\\s+"));
    }

    private static List<String> infraJvm(String name) {
        List<String> jvm = new ArrayList<>(name.equals("store") ? STORE_JVM : INFRA_JVM);
        jvm.addAll(extraOptions("BENCHMARK_INFRA_JAVA_OPTS", name));
        return jvm;
    }

    private List<String> command(List<String> jvm, String... rest) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvm);
        command.addAll(List.of(rest));
        return command;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    String storeUri() {
        return "mongodb://127.0.0.1:" + storePort;
    }

    /** The mail server's REST API; {@link #startMailServer()} first. */
    MailServer mailServer() {
        if (mailApiPort == 0) {
            throw new IllegalStateException("the mail server was not started");
        }
        return MailServer.on(mailApiPort);
    }

    ServiceApi api(String service) {
        return ServiceApi.on(servicePorts.get(service));
    }

    /** The starts without the archive, if {@link #startServices} made them. */
    Map<String, StartUp> startUpTimes() {
        return startUp;
    }

    /** The starts with the archive, if {@link #startServices} made them. */
    Map<String, ArchiveStartUp> archiveStartUpTimes() {
        return archiveStartUp;
    }

    Map<String, ManagedProcess> services() {
        return services;
    }

    /** The processes started by name: the broker ("kafka"), the store, the mail server if started, the services. */
    Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        infra.forEach(process -> processes.put(process.name, process.handle()));
        services.forEach((name, process) -> processes.put(name, process.handle()));
        return processes;
    }

    /** Services first, then store and broker; then the data. */
    @Override
    public void close() {
        List<ManagedProcess> running = new ArrayList<>(services.values());
        running.parallelStream().forEach(ManagedProcess::close);
        infra.parallelStream().forEach(ManagedProcess::close);
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dataDir, e.getMessage());
        }
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing; build it first: ./mvnw -B -DskipTests package");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
