package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.notifications.feed.domain.News;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.notifications.feed.domain.Wording;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTest {

    private static final Map<String, String> TEXT = Map.of("de", "Neue Idee", "en", "New idea");

    private static News news(String eventKey) {
        return new News(eventKey, "berlin.gemeinsam.idea.published.v1", "idea-1", "mitte",
                Instant.parse("2026-11-26T10:00:00Z"), List.of(Target.unit("mitte")),
                new Wording("notification.idea-published", "mitte", "Bänke"));
    }

    @Test
    void oneEventIsOneEntryPerSubscriber() {
        Notification entry = Notification.of(news("/units/mitte/ideas-service|e-1"), "citizen-1", TEXT);

        assertThat(Notification.of(news("/units/mitte/ideas-service|e-1"), "citizen-1", TEXT).getId())
                .isEqualTo(entry.getId());
        assertThat(Notification.of(news("/units/mitte/ideas-service|e-1"), "citizen-2", TEXT).getId())
                .isNotEqualTo(entry.getId());
        assertThat(Notification.of(news("/units/mitte/ideas-service|e-2"), "citizen-1", TEXT).getId())
                .isNotEqualTo(entry.getId());
        assertThat(Notification.of(news("/units/pankow/ideas-service|e-1"), "citizen-1", TEXT).getId())
                .isNotEqualTo(entry.getId());
    }

    @Test
    void theTextIsReadInTheAskedLanguageAndInGermanWhereThereIsNone() {
        Notification entry = Notification.of(news("/units/mitte/ideas-service|e-1"), "citizen-1", TEXT);

        assertThat(entry.textIn(Locale.ENGLISH)).isEqualTo("New idea");
        assertThat(entry.textIn(Locale.UK)).isEqualTo("New idea");
        assertThat(entry.textIn(Locale.GERMANY)).isEqualTo("Neue Idee");
        assertThat(entry.textIn(Locale.FRENCH)).isEqualTo("Neue Idee");
    }
}
