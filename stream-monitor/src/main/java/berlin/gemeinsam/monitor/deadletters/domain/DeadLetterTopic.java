package berlin.gemeinsam.monitor.deadletters.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service instance's dead-letter topic, {@code gemeinsam.<unit>.<service>.dlq}.
 *
 * @param topic   the topic's name
 * @param unit    the unit whose instance dead-lettered into it, the one that replays its entries
 * @param service the service
 * @param size    the entries it holds (the sum of its partitions' end minus start offsets)
 */
public record DeadLetterTopic(String topic, String unit, String service, long size) {

    private static final Pattern NAME = Pattern.compile("gemeinsam\\.([a-z0-9-]+)\\.([a-z0-9-]+)\\.dlq");

    /** The unit and service of a dead-letter topic's name; empty for any other topic. */
    public static Optional<String[]> unitAndServiceOf(String topic) {
        Matcher matcher = NAME.matcher(topic);
        return matcher.matches() ? Optional.of(new String[]{matcher.group(1), matcher.group(2)}) : Optional.empty();
    }
}
