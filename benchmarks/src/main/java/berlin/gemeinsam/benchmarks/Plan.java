package berlin.gemeinsam.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * How long and how much each scenario runs. The full plan is what the issue asks for; the smoke plan runs every
 * scenario for a few seconds only, to show in CI that the suite still works (its figures mean nothing). A warm-up
 * until the JIT has settled ({@link JitWarmUp}) runs at least {@code httpWarmup}, at most {@code jitSettleLimit}.
 */
record Plan(
        String name,
        Duration jmhWarmup,
        Duration jmhMeasurement,
        int jmhIterations,
        Duration rawDuration,
        Duration httpWarmup,
        Duration jitSettleLimit,
        Duration httpDuration,
        List<Integer> httpClients,
        List<Integer> offeredRates,
        int footprintRate,
        Duration latencyDuration,
        Duration drainTimeout,
        List<Integer> subscribersPerIdea,
        int pipelineEvents,
        int pipelineEventsManySubscribers,
        int consumerBacklog,
        int fanOutFollowers,
        Duration idleSettle,
        int searchIdeas,
        List<Integer> searchClients,
        int exportMeasures,
        int threadComments,
        int mailSubscribers) {

    static Plan full() {
        return new Plan("full", Duration.ofSeconds(1), Duration.ofSeconds(1), 5,
                Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofSeconds(240), Duration.ofSeconds(15),
                List.of(1, 16, 64),
                List.of(100, 500, 1000), 500, Duration.ofSeconds(60), Duration.ofSeconds(90),
                List.of(1, 10, 1000), 2_000, 200, 20_000, 100_000, Duration.ofSeconds(10),
                100_000, List.of(1, 4), 50_000, 10_000, 10_000);
    }

    static Plan smoke() {
        return new Plan("smoke", Duration.ofMillis(300), Duration.ofMillis(300), 1,
                Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2),
                List.of(1, 16, 64),
                List.of(20, 50, 100), 50, Duration.ofSeconds(3), Duration.ofSeconds(60),
                List.of(1, 10, 1000), 100, 10, 100, 2_000, Duration.ofSeconds(2),
                2_000, List.of(1, 4), 2_000, 500, 200);
    }

    /** The same plan with another number of ideas to search ({@code --search-ideas=N}). */
    Plan withSearchIdeas(int ideas) {
        return new Plan(name, jmhWarmup, jmhMeasurement, jmhIterations, rawDuration, httpWarmup, jitSettleLimit,
                httpDuration, httpClients, offeredRates, footprintRate, latencyDuration, drainTimeout,
                subscribersPerIdea, pipelineEvents, pipelineEventsManySubscribers, consumerBacklog, fanOutFollowers,
                idleSettle, ideas, searchClients, exportMeasures, threadComments, mailSubscribers);
    }

    /** The same plan with another number of measures to export ({@code --export-measures=N}). */
    Plan withExportMeasures(int measures) {
        return new Plan(name, jmhWarmup, jmhMeasurement, jmhIterations, rawDuration, httpWarmup, jitSettleLimit,
                httpDuration, httpClients, offeredRates, footprintRate, latencyDuration, drainTimeout,
                subscribersPerIdea, pipelineEvents, pipelineEventsManySubscribers, consumerBacklog, fanOutFollowers,
                idleSettle, searchIdeas, searchClients, measures, threadComments, mailSubscribers);
    }

    /** The same plan with another number of comments in the thread ({@code --thread-comments=N}). */
    Plan withThreadComments(int comments) {
        return new Plan(name, jmhWarmup, jmhMeasurement, jmhIterations, rawDuration, httpWarmup, jitSettleLimit,
                httpDuration, httpClients, offeredRates, footprintRate, latencyDuration, drainTimeout,
                subscribersPerIdea, pipelineEvents, pipelineEventsManySubscribers, consumerBacklog, fanOutFollowers,
                idleSettle, searchIdeas, searchClients, exportMeasures, comments, mailSubscribers);
    }

    /** The same plan with another number of mail subscribers ({@code --mail-subscribers=N}). */
    Plan withMailSubscribers(int subscribers) {
        return new Plan(name, jmhWarmup, jmhMeasurement, jmhIterations, rawDuration, httpWarmup, jitSettleLimit,
                httpDuration, httpClients, offeredRates, footprintRate, latencyDuration, drainTimeout,
                subscribersPerIdea, pipelineEvents, pipelineEventsManySubscribers, consumerBacklog, fanOutFollowers,
                idleSettle, searchIdeas, searchClients, exportMeasures, threadComments, subscribers);
    }

    /** Events of a pipeline run: fewer with many subscribers, where each event is a thousand writes. */
    int pipelineEventsFor(int subscribers) {
        return subscribers >= 1000 ? pipelineEventsManySubscribers : pipelineEvents;
    }

    /**
     * The backlog the consumer instance alone drains: with one subscriber as large as the target asks
     * ({@code consumerBacklog}, so that the group's rejoin weighs little), else as large as the pipeline run's.
     */
    int consumerBacklogFor(int subscribers) {
        return subscribers == 1 ? consumerBacklog : pipelineEventsFor(subscribers);
    }
}
