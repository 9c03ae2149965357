package berlin.gemeinsam.web.cockpit.application;

import java.util.List;

/** The streams as the monitor reads them from the cluster at the time of the request. */
public record StreamHealthReport(List<UnitStreams> units, List<ConsumerLag> consumers,
                                 List<DeadLetters> deadLetters) {

    public StreamHealthReport {
        units = List.copyOf(units);
        consumers = List.copyOf(consumers);
        deadLetters = List.copyOf(deadLetters);
    }

    public long liveUnits() {
        return units.stream().filter(UnitStreams::live).count();
    }

    public long lagRecords() {
        return consumers.stream().mapToLong(ConsumerLag::lagRecords).sum();
    }

    public double longestLagSeconds() {
        return consumers.stream().mapToDouble(ConsumerLag::lagSeconds).max().orElse(0);
    }

    public long deadLetterCount() {
        return deadLetters.stream().mapToLong(DeadLetters::size).sum();
    }

    /**
     * A unit with stream topics on the cluster.
     *
     * @param live                 whether one of its instances runs or it published within the monitor's window
     * @param activeConsumerGroups its consumer groups with active members
     * @param events               events written to its streams so far
     */
    public record UnitStreams(String unit, boolean live, int activeConsumerGroups, long events) {
    }

    /**
     * A consumer group {@code <unit>.<service>}.
     *
     * @param lagRecords records not consumed yet
     * @param lagSeconds how long the oldest of them has waited
     */
    public record ConsumerLag(String group, String unit, String state, int activeMembers, long lagRecords,
                              double lagSeconds) {
    }

    /** A service instance's dead-letter topic and the entries it holds. */
    public record DeadLetters(String topic, String unit, String service, long size) {
    }
}
