package berlin.gemeinsam.notifications.feed.domain;

/** Where on the site a notification leads: the measure or the idea it is about. */
public final class WebPaths {

    private static final String MEASURE_EVENTS = "berlin.gemeinsam.measure.";

    private WebPaths() {
    }

    /** The path, from the site's root, of what the event of the type tells about. */
    public static String of(String eventType, String subject) {
        return (eventType.startsWith(MEASURE_EVENTS) ? "/measures/" : "/ideas/") + subject;
    }
}
