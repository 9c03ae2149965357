package berlin.gemeinsam.web.account.application;

import java.time.Instant;

/**
 * One entry of a person's notifications, as notification-service lists and pushes it.
 *
 * @param subject the id of what it is about (an idea's or a measure's)
 * @param text    what happened, in the reader's language
 */
public record FeedEntry(String id, String eventType, String subject, String unit, String text, Instant time,
                        boolean read) {

    /** Whether the entry tells of an idea, whose page it then links to. */
    public boolean aboutAnIdea() {
        return eventType != null && eventType.startsWith("berlin.gemeinsam.idea.") && subject != null;
    }
}
