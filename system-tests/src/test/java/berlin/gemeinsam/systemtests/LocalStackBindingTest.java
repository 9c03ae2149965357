package berlin.gemeinsam.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8: deploy/local/run.sh starts every process of the local stack on the loopback interface only, so nobody
 * on another machine reaches the demo issuer (whose secret is published) or the services; and SIGTERM stops them
 * all. Reads the listening sockets of run.sh's processes from /proc (Linux).
 */
class LocalStackBindingTest {

    private static final Path ROOT = Path.of(System.getProperty("gemeinsam.repository.root", ".."));
    private static final String LOOPBACK_V4 = "0100007F";
    private static final String LOOPBACK_V4_MAPPED = "0000000000000000FFFF00000100007F";
    private static final String LISTEN = "0A";

    @TempDir
    Path folder;

    @Test
    void everyProcessOfTheLocalStackListensOnTheLoopbackInterfaceOnly() throws Exception {
        requirePackagedJars();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String variable : List.of("AUTH_PORT", "KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "STORE_PORT",
                "IDEAS_PORT", "MEASURES_PORT", "PARTICIPATION_PORT", "NOTIFICATION_PORT", "CENTRAL_IDEAS_PORT",
                "CENTRAL_MEASURES_PORT",
                "MONITOR_PORT", "WEB_PORT", "MAIL_SMTP_PORT", "MAIL_IMAP_PORT", "MAIL_API_PORT")) {
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
        // a loaded 2-core build machine starts five services slowly
        environment.put("INFRA_START_TIMEOUT", "180");
        environment.put("SERVICE_START_TIMEOUT", "420");
        Process runSh = builder.start();
        List<ProcessHandle> stack = new ArrayList<>();
        try {
            awaitAllServicesReady(runSh, output);
            stack.addAll(runSh.descendants().filter(ProcessHandle::isAlive).toList());

            Map<String, Integer> listening = listeningSocketsOf(stack);

            assertThat(listening.values())
                    .as("run.sh's processes listen on every port they were given; listening: %s", listening)
                    .containsAll(ports.values());
            assertThat(listening.keySet())
                    .as("every listening socket of run.sh's processes is on 127.0.0.1 (address:port in hex)")
                    .allSatisfy(socket -> assertThat(socket).matches(
                            "(" + LOOPBACK_V4 + "|" + LOOPBACK_V4_MAPPED + "):[0-9A-F]{4}"));
        } finally {
            runSh.destroy();
            boolean exited = runSh.waitFor(120, TimeUnit.SECONDS);
            if (!exited) {
                runSh.destroyForcibly();
                stack.forEach(ProcessHandle::destroyForcibly);
            }
            assertThat(exited).as("run.sh exits on SIGTERM").isTrue();
        }
        assertThat(stack).as("run.sh stopped its processes").noneMatch(ProcessHandle::isAlive);
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
