package berlin.gemeinsam.systemtests;

import berlin.gemeinsam.testsupport.TestIssuer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A process of the stack, started the way deploy/local/run.sh and production start it: a packaged service as its
 * own JVM, or the Kafka broker or the document store of deploy/local-stack. It can be paused (SIGSTOP), killed
 * (SIGKILL) and started again with the same command, so on the same port and data folder.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("gemeinsam.repository.root", ".."));
    private static final Path LOGS = ROOT.resolve("system-tests/target/service-logs");
    /**
     * The search indexes of ideas-service processes, one per process name like their databases, and new with each
     * test run as the store is: an index kept from an earlier run would hold ideas the store no longer has.
     */
    private static final Path SEARCH_INDEXES = ROOT.resolve("system-tests/target/search-indexes")
            .resolve(UUID.randomUUID().toString());
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    /** The line a launcher logs once it serves clients; {@code null} for a service, which has a readiness probe. */
    private final Pattern startedLine;
    private Process process;
    /** Where the output of the current run starts in the log, which every run appends to. */
    private long runStart;

    private ServiceProcess(String name, int port, List<String> command, Pattern startedLine) {
        this.name = name;
        this.port = port;
        this.command = List.copyOf(command);
        this.log = LOGS.resolve(name + ".log");
        this.startedLine = startedLine;
    }

    static ServiceProcess start(String service, String unit, String kafka, String mongoUri, String... settings) {
        Path jar = ROOT.resolve(service).resolve("target").resolve(service + ".jar");
        requireBuilt(jar);
        int port = freePort();
        String name = service + "-" + unit;
        List<String> command = new ArrayList<>(List.of(
                JAVA, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", unpacked(jar).toString(),
                "--server.port=" + port,
                "--gemeinsam.unit=" + unit,
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.mongodb.database=system-test-" + name,
                "--gemeinsam.search.directory=" + SEARCH_INDEXES.resolve(name),
                "--gemeinsam.security.issuer=" + TestIssuer.get().issuer(),
                // new units' topics and pending events are picked up quickly in a test
                "--spring.cloud.stream.kafka.binder.consumer-properties.metadata.max.age.ms=1000",
                "--gemeinsam.outbox.sweep-interval=500ms"));
        command.addAll(Arrays.asList(settings));
        return new ServiceProcess(name, port, command, null).run();
    }

    /**
     * A packaged Spring Boot application that is not one of the services (the issuer, the web site): the module's
     * jar, unpacked like the services', on {@code port}, with its own settings; ready once it logs
     * {@code startedLine} when it has no readiness probe, else when its probe answers.
     */
    static ServiceProcess app(String module, String name, int port, Pattern startedLine, String... settings) {
        Path jar = ROOT.resolve(module).resolve("target").resolve(Path.of(module).getFileName() + ".jar");
        requireBuilt(jar);
        List<String> command = new ArrayList<>(List.of(
                JAVA, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", unpacked(jar).toString(),
                "--server.port=" + port));
        command.addAll(Arrays.asList(settings));
        return new ServiceProcess(name, port, command, startedLine).run();
    }

    /** The Kafka broker of deploy/local-stack (KRaft), with its logs in {@code dataDir}. */
    static ServiceProcess kafkaBroker(Path dataDir) {
        int port = freePort();
        return new ServiceProcess("kafka", port, localStack("berlin.gemeinsam.localstack.LocalKafkaBroker",
                "--port=" + port, "--controller-port=" + freePort(), "--data-dir=" + dataDir),
                Pattern.compile("Kafka broker .* started")).run();
    }

    /** The document store of deploy/local-stack, with its file in {@code dataDir}. */
    static ServiceProcess documentStore(Path dataDir) {
        int port = freePort();
        return new ServiceProcess("store", port, localStack("berlin.gemeinsam.localstack.LocalDocumentStore",
                "--port=" + port, "--data-dir=" + dataDir),
                Pattern.compile("Document store started")).run();
    }

    private static List<String> localStack(String launcher, String... arguments) {
        Path target = ROOT.resolve("deploy/local-stack/target");
        requireBuilt(target.resolve("local-stack.jar"));
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx384m", "-XX:+UseSerialGC",
                "-cp", target.resolve("local-stack.jar") + File.pathSeparator + target.resolve("lib") + "/*",
                launcher));
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    /**
     * The packaged jar unpacked as deploy/local/run.sh unpacks it (Spring Boot's {@code -Djarmode=tools extract}),
     * beside the jar and again whenever the jar is newer: plain jars on the class path load much faster than the
     * nested jars of the packaged one.
     */
    private static synchronized Path unpacked(Path jar) {
        Path folder = jar.resolveSibling("unpacked");
        Path unpacked = folder.resolve(jar.getFileName());
        try {
            if (Files.exists(unpacked)
                    && Files.getLastModifiedTime(unpacked).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return unpacked;
            }
            Path staging = jar.resolveSibling("unpacked." + ProcessHandle.current().pid());
            deleteRecursively(staging);
            Process extract = new ProcessBuilder(JAVA, "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--destination", staging.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
                throw new IllegalStateException("could not unpack " + jar);
            }
            Files.setLastModifiedTime(staging.resolve(jar.getFileName()), FileTime.from(Instant.now()));
            deleteRecursively(folder);
            Files.move(staging, folder);
            return unpacked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void requireBuilt(Path jar) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with ./mvnw package first");
        }
    }

    private ServiceProcess run() {
        try {
            Files.createDirectories(LOGS);
            runStart = Files.exists(log) ? Files.size(log) : 0;
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** The process id of the current run. */
    long pid() {
        return process.pid();
    }

    /** Starts the process again after it was killed, with the same command: same port, same data. */
    void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        run();
    }

    void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (startedLine != null ? startedLine.matcher(outputOfThisRun()).find()
                        : client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    private String outputOfThisRun() throws IOException {
        return outputSince(runStart);
    }

    private String outputSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    }

    /** How much the process has logged so far, for {@link #loggedSince}. */
    long logSize() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the process logged this text after the log had the given size. */
    boolean loggedSince(long logSize, String text) {
        try {
            return outputSince(logSize).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Freezes the process (SIGSTOP): it keeps its connections but answers nothing, like a hung machine. */
    void pause() {
        signal("STOP", List.of(this));
    }

    /** Lets a paused process go on (SIGCONT). */
    void resume() {
        signal("CONT", List.of(this));
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill() {
        process.destroyForcibly();
        awaitDeath(List.of(this));
    }

    /** SIGKILL to all of them in one system call each, without waiting in between: a power cut. */
    static void killAtOnce(List<ServiceProcess> processes) {
        signal("KILL", processes);
        awaitDeath(processes);
    }

    private static void awaitDeath(List<ServiceProcess> processes) {
        for (ServiceProcess killed : processes) {
            try {
                if (!killed.process.waitFor(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(killed.name + " did not die of SIGKILL");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void signal(String signal, List<ServiceProcess> processes) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(target -> command.add(Long.toString(target.process.pid())));
        try {
            Process kill = new ProcessBuilder(command).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        // a paused process would not hear SIGTERM
        resume();
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A port nothing listens on now and that this JVM has not handed out before: the system may give a port it just
     * gave back again, and two processes started side by side would then both be told the same one.
     */
    static synchronized int freePort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
