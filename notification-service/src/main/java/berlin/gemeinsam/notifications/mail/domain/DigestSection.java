package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Target;

import java.time.Instant;
import java.util.List;

/** What a digest mail tells of one followed item (one subscription): its news, the oldest first. */
public record DigestSection(String subscriptionId, Target target, List<Item> items) {

    public DigestSection {
        items = List.copyOf(items);
    }

    /**
     * One piece of news: what happened to what, in the digest's language, and where it leads on the site.
     *
     * @param entryId the {@link DigestEntry} it was made of
     */
    public record Item(String entryId, String text, String eventType, String subject, Instant time) {
    }
}
