package berlin.gemeinsam.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import berlin.gemeinsam.testsupport.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8: deploy/local/run.sh starts every process of the local stack on the loopback interface only, so nobody
 * on another machine reaches the demo issuer (whose secret is published) or the services; and SIGTERM stops them
 * all. Reads the listening sockets of run.sh's processes from /proc (Linux). Issue #15: the stack exports every
 * metric deploy/observability reads. One stack for the class: run.sh takes most of its time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStackBindingTest {

    private static final Path ROOT = Path.of(System.getProperty("gemeinsam.repository.root", ".."));
    private static final String LOOPBACK_V4 = "0100007F";
    private static final String LOOPBACK_V4_MAPPED = "0000000000000000FFFF00000100007F";
    private static final String LISTEN = "0A";
    /** deploy/observability's prometheus.yml names run.sh's default ports: each, the variable that sets it. */
    private static final Map<Integer, String> DEFAULT_PORTS = Map.of(8081, "IDEAS_PORT", 8082, "MEASURES_PORT",
            8083, "PARTICIPATION_PORT", 8084, "NOTIFICATION_PORT", 8085, "CENTRAL_IDEAS_PORT",
            8086, "CENTRAL_MEASURES_PORT", 8087, "CENTRAL_PARTICIPATION_PORT", 8090, "MONITOR_PORT",
            9000, "AUTH_PORT");

    @TempDir
    static Path folder;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<ProcessHandle> stack = new ArrayList<>();
    private Process runSh;

    @BeforeAll
    void startTheLocalStack() throws Exception {
        requirePackagedJars();
        for (String variable : List.of("AUTH_PORT", "KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "STORE_PORT",
                "IDEAS_PORT", "MEASURES_PORT", "PARTICIPATION_PORT", "NOTIFICATION_PORT", "CENTRAL_IDEAS_PORT",
                "CENTRAL_MEASURES_PORT", "CENTRAL_PARTICIPATION_PORT", "MONITOR_PORT", "WEB_PORT", "CENTRAL_WEB_PORT",
                "MAIL_SMTP_PORT", "MAIL_IMAP_PORT", "MAIL_API_PORT")) {
            ports.put(variable, freePort(ports.values()));
        }
        Path output = folder.resolve("run.sh.log");
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("deploy/local/run.sh").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("GEMEINSAM_SECURITY_ISSUER");
        ports.forEach((variable, port) -> environment.put(variable, String.valueOf(port)));
        environment.put("GEMEINSAM_DATA_DIR", folder.resolve("data").toString());
        environment.put("GEMEINSAM_LOG_DIR", folder.resolve("logs").toString());
        // a loaded 2-core build machine starts the stack slowly
        environment.put("INFRA_START_TIMEOUT", "180");
        environment.put("SERVICE_START_TIMEOUT", "420");
        // the monitor's gauges follow the cluster within a second instead of 15 s
        environment.put("GEMEINSAM_MONITOR_REFRESHINTERVAL", "1s");
        runSh = builder.start();
        awaitAllServicesReady(runSh, output);
        stack.addAll(runSh.descendants().filter(ProcessHandle::isAlive).toList());
    }

    @AfterAll
    void stopTheLocalStack() throws Exception {
        if (runSh == null) {
            return;
        }
        runSh.destroy();
        boolean exited = runSh.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            runSh.destroyForcibly();
            stack.forEach(ProcessHandle::destroyForcibly);
        }
        assertThat(exited).as("run.sh exits on SIGTERM").isTrue();
        assertThat(stack).as("run.sh stopped its processes").noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void everyProcessOfTheLocalStackListensOnTheLoopbackInterfaceOnly() throws Exception {
        Map<String, Integer> listening = listeningSocketsOf(stack);

        assertThat(listening.values())
                .as("run.sh's processes listen on every port they were given; listening: %s", listening)
                .containsAll(ports.values());
        assertThat(listening.keySet())
                .as("every listening socket of run.sh's processes is on 127.0.0.1 (address:port in hex)")
                .allSatisfy(socket -> assertThat(socket).matches(
                        "(" + LOOPBACK_V4 + "|" + LOOPBACK_V4_MAPPED + "):[0-9A-F]{4}"));
    }

    /**
     * Issue #16: the central office's web site runs beside the unit's, on the central instances: its cockpit sends a
     * browser to sign in at the local issuer, which takes the central site back as the client web's; the central
     * participation-service answers the report of all units that the cockpit's helix balance reads.
     */
    @Test
    void theCentralOfficesCockpitSignsInAtTheIssuerAndReadsTheCentralInstances() {
        String centralSite = "http://127.0.0.1:" + ports.get("CENTRAL_WEB_PORT");
        String issuer = "http://127.0.0.1:" + ports.get("AUTH_PORT");
        Map<String, String> browser = Map.of("Accept", "text/html");

        HttpApi.Response cockpit = HttpApi.on(ports.get("CENTRAL_WEB_PORT")).send("GET", "/cockpit", null, browser);
        assertThat(cockpit.status()).isEqualTo(302);
        HttpApi.Response signIn = HttpApi.on(ports.get("CENTRAL_WEB_PORT"))
                .send("GET", cockpit.location().replace(centralSite, ""), null, browser);
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).startsWith(issuer + "/oauth2/authorize?");
        assertThat(URLDecoder.decode(signIn.location(), StandardCharsets.UTF_8))
                .contains("redirect_uri=" + centralSite + "/login/oauth2/code/gemeinsam");
        HttpApi.Response authorize = HttpApi.on(ports.get("AUTH_PORT"))
                .send("GET", signIn.location().replace(issuer, ""), null, browser);
        assertThat(authorize.status()).as("the issuer accepts the central site's redirect URI").isEqualTo(302);
        assertThat(authorize.location()).endsWith("/login");

        String central = token("central-office");
        assertThat(HttpApi.on(ports.get("CENTRAL_PARTICIPATION_PORT")).withToken(central)
                .get("/api/v1/reports/units").status()).isEqualTo(200);
        assertThat(HttpApi.on(ports.get("PARTICIPATION_PORT")).withToken(central)
                .get("/api/v1/reports/units").status()).isEqualTo(404);
    }

    /**
     * Issue #15: every metric deploy/observability's alert rules and dashboards read is one the instances of the
     * local stack export at /actuator/prometheus, once an idea was published (events published and consumed, the
     * streams' newest events, the consumer groups' lag; the dead-letter topics exist from the start).
     */
    @Test
    void theInstancesExportEveryMetricTheAlertRulesAndDashboardsRead() {
        HttpApi ideas = HttpApi.on(ports.get("IDEAS_PORT"));
        HttpApi.Response submitted = ideas.withToken(token("anna")).post("/api/v1/ideas",
                "{\"title\":\"Trinkbrunnen am Alex\",\"problem\":\"Im Sommer gibt es kein Wasser.\"}");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        assertThat(ideas.withToken(token("moderator-mitte"))
                .post("/api/v1/ideas/" + submitted.field("id") + "/publish", "").status()).isEqualTo(200);

        Set<String> used = ObservabilityFiles.metricNamesUsed();
        String central = token("central-office");
        List<HttpApi> instances = Stream.of("IDEAS_PORT", "MEASURES_PORT", "PARTICIPATION_PORT",
                        "NOTIFICATION_PORT", "CENTRAL_IDEAS_PORT", "CENTRAL_MEASURES_PORT", "CENTRAL_PARTICIPATION_PORT",
                        "MONITOR_PORT")
                .map(variable -> HttpApi.on(ports.get(variable)).withToken(central)).toList();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Set<String> exported = new TreeSet<>();
            instances.forEach(instance -> exported.addAll(ObservabilityFiles.sampleNames(scrape(instance))));
            assertThat(exported).as("the samples the instances export").containsAll(used);
        });
    }

    /**
     * Issue #15: Prometheus itself, with deploy/observability's configuration (the stack's ports in place of the
     * defaults), gets its token from the local issuer and scrapes every instance; where it is installed.
     */
    @Test
    void prometheusScrapesEveryInstanceWithATokenItGetsItself() throws Exception {
        Path prometheus = ObservabilityFiles.onPath("prometheus");
        assumeTrue(prometheus != null, "prometheus is not installed (Debian: apt-get install prometheus); "
                + "its scrape of the local stack is not checked");
        Path configuration = folder.resolve("prometheus/prometheus.yml");
        Files.createDirectories(configuration.getParent().resolve("rules"));
        for (Path rules : ObservabilityFiles.ruleFiles()) {
            Files.copy(rules, configuration.getParent().resolve("rules").resolve(rules.getFileName()));
        }
        String text = ObservabilityFiles.read(ObservabilityFiles.PROMETHEUS.resolve("prometheus.yml"))
                .replace("scrape_interval: 15s", "scrape_interval: 2s");
        for (Map.Entry<Integer, String> port : DEFAULT_PORTS.entrySet()) {
            text = text.replace("127.0.0.1:" + port.getKey() + "/", "127.0.0.1:" + ports.get(port.getValue()) + "/")
                    .replace("'127.0.0.1:" + port.getKey() + "'", "'127.0.0.1:" + ports.get(port.getValue()) + "'");
        }
        Files.writeString(configuration, text);
        int port = freePort(ports.values());
        Process process = new ProcessBuilder(prometheus.toString(), "--config.file=" + configuration,
                "--storage.tsdb.path=" + folder.resolve("prometheus/data"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(folder.resolve("prometheus.log").toFile()).start();
        try {
            HttpApi api = HttpApi.on(port);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                HttpApi.Response targets = api.get("/api/v1/targets");
                assertThat(targets.status()).isEqualTo(200);
                List<String> health = new ArrayList<>();
                targets.json().path("data").path("activeTargets").forEach(target -> health.add(
                        target.path("labels").path("service").asString() + " ("
                                + target.path("labels").path("owning_unit").asString() + "): "
                                + target.path("health").asString() + " " + target.path("lastError").asString()));
                // every instance of the stack is a target, the issuer is not
                assertThat(health).as("Prometheus's targets").hasSize(DEFAULT_PORTS.size() - 1)
                        .allSatisfy(target -> assertThat(target).contains(": up"));
            });
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String scrape(HttpApi instance) {
        HttpApi.Response metrics = instance.send("GET", "/actuator/prometheus", null, Map.of("Accept", "text/plain"));
        assertThat(metrics.status()).as(metrics.text()).isEqualTo(200);
        return metrics.text();
    }

    /** A token of one of the local issuer's demo accounts (deploy/local/README.md, "Tokens"). */
    private String token(String account) {
        String basic = Base64.getEncoder().encodeToString((account + ":demo-secret").getBytes(StandardCharsets.UTF_8));
        HttpApi.Response answer = HttpApi.on(ports.get("AUTH_PORT")).send("POST", "/oauth2/token",
                "grant_type=client_credentials", Map.of("Authorization", "Basic " + basic,
                        "Content-Type", "application/x-www-form-urlencoded"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.field("access_token");
    }

    /** run.sh would build what is missing with a Maven run of its own, inside this one. */
    private static void requirePackagedJars() {
        for (String jar : List.of("ideas-service/target/ideas-service.jar",
                "measures-service/target/measures-service.jar",
                "participation-service/target/participation-service.jar",
                "notification-service/target/notification-service.jar",
                "stream-monitor/target/stream-monitor.jar",
                "web/target/web.jar",
                "deploy/local-stack/target/local-stack.jar",
                "deploy/auth-server/target/auth-server.jar")) {
            if (!Files.exists(ROOT.resolve(jar))) {
                throw new IllegalStateException(jar + " is missing; build it with ./mvnw package first");
            }
        }
    }

    private static void awaitAllServicesReady(Process runSh, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!read(output).contains("all services ready")) {
            if (!runSh.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("run.sh did not report its services ready:\n" + read(output));
            }
            Thread.sleep(1000);
        }
    }

    /** The listening TCP sockets (local address:port as /proc/net/tcp writes it, to the port) of these processes. */
    private static Map<String, Integer> listeningSocketsOf(List<ProcessHandle> processes) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (ProcessHandle process : processes) {
            Path descriptors = Path.of("/proc", String.valueOf(process.pid()), "fd");
            try (Stream<Path> files = Files.list(descriptors)) {
                for (Path descriptor : files.toList()) {
                    try {
                        String target = Files.readSymbolicLink(descriptor).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring("socket:[".length(), target.length() - 1));
                        }
                    } catch (IOException closedMeanwhile) {
                        // a descriptor closed while listing is no listening socket
                    }
                }
            } catch (NoSuchFileException exitedMeanwhile) {
                // a class data archive's training run that is done: it never listens (deploy/local/README.md)
            }
        }
        Map<String, Integer> listening = new LinkedHashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                if (columns[3].equals(LISTEN) && inodes.contains(columns[9])) {
                    String local = columns[1];
                    listening.put(local, Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
                }
            }
        }
        return listening;
    }

    private static int freePort(Collection<Integer> taken) {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (!taken.contains(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
