package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DigestTest {

    private static final Instant DUE = Instant.parse("2026-12-01T06:00:00Z");
    private static final DigestPeriod TODAY = new DigestPeriod(Frequency.DAILY, LocalDate.of(2026, 12, 1), DUE);
    private static final String IDEA_PUBLISHED = "berlin.gemeinsam.idea.published.v1";

    private static DigestEntry entry(String notificationId, String subscriptionId, Target target, String minutesAgo) {
        Instant time = DUE.minusSeconds(60 * Long.parseLong(minutesAgo));
        return DigestEntry.of(notificationId, "anna", subscriptionId, target, Frequency.DAILY, IDEA_PUBLISHED,
                "idea-" + notificationId,
                Map.of("de", "Neue Idee " + notificationId, "en", "New idea " + notificationId), time, time);
    }

    @Test
    void withoutEntriesThereIsNoDigest() {
        assertThat(Digest.of("anna", "de", TODAY, List.of())).isEmpty();
    }

    @Test
    void theNewsAreGroupedPerFollowedItemInTheOrderOfTheirOldestNewsEachOldestFirst() {
        Target mitte = Target.unit("mitte");
        Target search = Target.search("profile-1");
        MailDelivery digest = Digest.of("anna", "en", TODAY, List.of(
                entry("n-3", "s-mitte", mitte, "10"),
                entry("n-1", "s-search", search, "50"),
                entry("n-2", "s-mitte", mitte, "40"))).orElseThrow();

        assertThat(digest.isDigest()).isTrue();
        assertThat(digest.getSections()).extracting(DigestSection::target).containsExactly(search, mitte);
        assertThat(digest.getSections().get(1).items()).extracting(DigestSection.Item::text)
                .containsExactly("New idea n-2", "New idea n-3");
        assertThat(digest.subscriptionIds()).containsExactly("s-search", "s-mitte");
        assertThat(digest.entryIds()).hasSize(3);
        assertThat(digest.getLanguage()).isEqualTo("en");
    }

    @Test
    void aDigestIsOneMailPerSubscriberAndPeriodWhateverItTells() {
        MailDelivery first = Digest.of("anna", "de", TODAY, List.of(entry("n-1", "s-1", Target.unit("mitte"), "5")))
                .orElseThrow();
        MailDelivery again = Digest.of("anna", "de", TODAY, List.of(entry("n-1", "s-1", Target.unit("mitte"), "5"),
                entry("n-2", "s-1", Target.unit("mitte"), "1"))).orElseThrow();
        DigestPeriod tomorrow = new DigestPeriod(Frequency.DAILY, LocalDate.of(2026, 12, 2), DUE.plusSeconds(86_400));
        DigestPeriod weekly = new DigestPeriod(Frequency.WEEKLY, LocalDate.of(2026, 12, 1), DUE);

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(Digest.of("ben", "de", TODAY, List.of(entry("n-1", "s-1", Target.unit("mitte"), "5")))
                .orElseThrow().getId()).isNotEqualTo(first.getId());
        assertThat(Digest.of("anna", "de", tomorrow, List.of(entry("n-1", "s-1", Target.unit("mitte"), "5")))
                .orElseThrow().getId()).isNotEqualTo(first.getId());
        assertThat(Digest.of("anna", "de", weekly, List.of(entry("n-1", "s-1", Target.unit("mitte"), "5")))
                .orElseThrow().getId()).isNotEqualTo(first.getId());
        assertThat(first.getEventType()).isEqualTo(Digest.EVENT_TYPE);
        assertThat(first.getSubject()).isEqualTo("DAILY/2026-12-01");
        assertThat(first.getTime()).isEqualTo(DUE);
    }

    @Test
    void anEntryIsOnePerFeedEntryAndReadsInTheDigestsLanguageGermanWithoutIt() {
        DigestEntry entry = DigestEntry.of("n-1", "anna", "s-1", Target.unit("mitte"), Frequency.DAILY,
                IDEA_PUBLISHED, "idea-1", Map.of("de", "Neue Idee"), DUE, DUE);

        assertThat(DigestEntry.of("n-1", "anna", "s-2", Target.idea("idea-1"), Frequency.WEEKLY, IDEA_PUBLISHED,
                "idea-1", Map.of("de", "Neue Idee"), DUE, DUE).getId()).isEqualTo(entry.getId());
        assertThat(entry.textIn("en")).isEqualTo("Neue Idee");
    }
}
