package berlin.gemeinsam.benchmarks;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The processor time a process used over a stretch, per unit of work, read from the system. */
class ProcessorUseTest {

    private static final Pattern DRIVER = Pattern.compile("driver ([0-9.,]+) ms");

    @Test
    void countsWhatTheProcessUsedSinceTheStartPerUnit() {
        ProcessorUse use = ProcessorUse.of(Map.of(ProcessorUse.DRIVER, ProcessHandle.current()));
        busyFor(400);

        ProcessorUse.Spent spent = use.spent();
        String perRound = spent.per("round", 2);

        assertThat(perRound).startsWith("processor per round: driver ").contains(" ms in all")
                .containsPattern("cores \\d+ % busy");
        Matcher driver = DRIVER.matcher(perRound);
        assertThat(driver.find()).isTrue();
        // 400 ms of this thread's processor over two rounds: at least 200 ms a round, and the JVM's other threads
        // add some, but not seconds
        assertThat(Double.parseDouble(driver.group(1).replace(",", ""))).isBetween(190.0, 2_000.0);
        assertThat(spent.millisInAll()).isBetween(390.0, 4_000.0);
    }

    /** Keeps this thread on a core until it used the given processor time. */
    private static void busyFor(long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
        long spins = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            spins++;
        }
        assertThat(spins).isPositive();
    }
}
