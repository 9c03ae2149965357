package berlin.gemeinsam.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The processor time each process of the run used over a stretch of it, per unit of work, and how busy the
 * machine's cores were meanwhile. On 2 cores shared by the broker, the store, four services and the driver, a rate
 * is within reach only if one unit of work costs all of them together less than the cores have per unit: at 500
 * publications/s, 4 ms of processor per publication.
 */
final class ProcessorUse {

    static final String DRIVER = "driver";
    private static final Path MACHINE = Path.of("/proc/stat");

    private final Map<String, ProcessHandle> processes;
    private final Map<String, Duration> before;
    private final long[] machineBefore;

    private ProcessorUse(Map<String, ProcessHandle> processes) {
        this.processes = processes;
        this.before = cpuTimes(processes);
        this.machineBefore = machineTicks();
    }

    /** Starts counting for the stack's running processes and the driver's own. */
    static ProcessorUse of(LocalStack stack) {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>(stack.processes());
        processes.put(DRIVER, ProcessHandle.current());
        return of(processes);
    }

    static ProcessorUse of(Map<String, ProcessHandle> processes) {
        return new ProcessorUse(Map.copyOf(processes));
    }

    /**
     * What each process used since the start, per unit of work, the largest first, with their sum and the share of
     * the machine's cores that were busy: "processor per publication: ideas-service 2.21 ms, store 1.90 ms, …, 8.70
     * ms in all; cores 97 % busy". Processes that used less than a hundredth of a millisecond per unit are left out.
     */
    String per(String unit, double units) {
        return spent().per(unit, units);
    }

    /** What each process used since the start, and how busy the cores were meanwhile. */
    Spent spent() {
        Map<String, Duration> used = new LinkedHashMap<>();
        cpuTimes(processes).forEach((name, cpu) -> used.put(name,
                cpu.minus(before.getOrDefault(name, Duration.ZERO))));
        return new Spent(used, busyShare(machineBefore, machineTicks()));
    }

    /** The processor time each process used over a stretch, and the busy share of the cores, where known. */
    record Spent(Map<String, Duration> byProcess, Optional<Double> busyShare) {

        double millisInAll() {
            return byProcess.values().stream().mapToLong(Duration::toNanos).sum() / 1e6;
        }

        String per(String unit, double units) {
            String each = byProcess.entrySet().stream()
                    .map(process -> Map.entry(process.getKey(), process.getValue().toNanos() / 1e6 / units))
                    .filter(process -> process.getValue() >= 0.01)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(process -> process.getKey() + " " + millis(process.getValue()))
                    .collect(Collectors.joining(", "));
            String busy = busyShare.map(share -> String.format(Locale.ROOT, "; cores %.0f %% busy", share * 100))
                    .orElse("");
            return "processor per " + unit + ": " + each + ", " + millis(millisInAll() / units) + " in all" + busy;
        }
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, millis >= 100 ? "%,.0f ms" : "%.2f ms", millis);
    }

    /** A process that has ended tells no time and is left out. */
    private static Map<String, Duration> cpuTimes(Map<String, ProcessHandle> processes) {
        Map<String, Duration> times = new LinkedHashMap<>();
        processes.forEach((name, process) -> process.info().totalCpuDuration()
                .ifPresent(cpu -> times.put(name, cpu)));
        return times;
    }

    /**
     * The machine's ticks since boot, busy and in all, from the first line of /proc/stat (user, nice, system, idle,
     * iowait, irq, softirq, steal; guest time is counted in user already); empty where there is none.
     */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(MACHINE).get(0).trim().split("\\s+");
            long[] ticks = Arrays.stream(fields, 1, Math.min(fields.length, 9)).mapToLong(Long::parseLong).toArray();
            long total = Arrays.stream(ticks).sum();
            return new long[] {total - ticks[3] - ticks[4], total};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    private static Optional<Double> busyShare(long[] before, long[] after) {
        if (before.length < 2 || after.length < 2 || after[1] <= before[1]) {
            return Optional.empty();
        }
        return Optional.of((after[0] - before[0]) / (double) (after[1] - before[1]));
    }
}
