package berlin.gemeinsam.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A domain stream. Every owning unit has one topic per stream, {@code gemeinsam.<unit>.<stream>}, so a unit
 * writes only its own topics and a consumer that serves all units subscribes to the pattern across them.
 */
public enum EventStream {
    IDEAS("ideas"),
    MEASURES("measures"),
    PARTICIPATION("participation");

    /** A unit id as it appears in a topic name. */
    private static final String UNIT = "[a-z0-9-]+";
    private static final Pattern TOPIC = Pattern.compile("gemeinsam\\.(" + UNIT + ")\\.([a-z]+)");

    private final String topicSuffix;

    EventStream(String topicSuffix) {
        this.topicSuffix = topicSuffix;
    }

    /** The topic this unit writes this stream's events to. */
    public String topicOf(String unitId) {
        return "gemeinsam." + unitId + "." + topicSuffix;
    }

    /** The regular expression of this stream's topics of all units, for a consumer that serves every unit. */
    public String topicPattern() {
        return "gemeinsam\\." + UNIT + "\\." + topicSuffix;
    }

    /** The owning unit encoded in a topic name, or {@code null} when the name is not one of ours. */
    public static String unitOfTopic(String topic) {
        Matcher matcher = TOPIC.matcher(topic);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
