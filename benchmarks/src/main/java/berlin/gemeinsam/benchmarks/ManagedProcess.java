package berlin.gemeinsam.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** A JVM started by the suite, with its output in a log file, stopped by the suite in any case. */
final class ManagedProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    final String name;
    private final Process process;
    private final Path log;
    final long startedNanos;

    private ManagedProcess(String name, Process process, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path logDir) {
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            return new ManagedProcess(name, builder.start(), log, started);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Waits until the condition holds; fails when the process exits or the time is up. */
    void await(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before " + what
                        + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not " + what + " after " + timeout + "; see " + log);
            }
            Pause.millis(50);
        }
    }

    boolean logShows(Pattern pattern) {
        try {
            return Files.exists(log) && pattern.matcher(Files.readString(log, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the process exits by itself; fails when it exits with an error or the time is up. */
    void awaitExit(String what, Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " not done with " + what + " after " + timeout + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + " during " + what
                    + "; see " + log);
        }
    }

    /** The CPU time the process used so far (all its threads); empty where the system does not tell. */
    Optional<Duration> cpuTime() {
        return handle().info().totalCpuDuration();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Resident memory in bytes, from /proc (Linux); empty where there is none. */
    OptionalLong residentBytes() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** SIGTERM, then SIGKILL after the stop timeout. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
