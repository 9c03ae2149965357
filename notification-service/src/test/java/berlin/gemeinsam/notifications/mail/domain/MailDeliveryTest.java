package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MailDeliveryTest {

    private static final Instant TIME = Instant.parse("2026-12-01T10:00:00Z");

    private static MailDelivery mailOf(String notificationId) {
        return MailDelivery.of(notificationId, "citizen-1", "subscription-1", "de",
                "berlin.gemeinsam.idea.published.v1", "idea-1", "Neue Idee", TIME);
    }

    @Test
    void oneFeedEntryIsOneMailWhicheverSubscriptionItCameThrough() {
        MailDelivery first = mailOf("entry-1");
        MailDelivery again = MailDelivery.of("entry-1", "citizen-1", "subscription-2", "en",
                "berlin.gemeinsam.idea.published.v2", "idea-1", "New idea", TIME);

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(mailOf("entry-2").getId()).isNotEqualTo(first.getId());
    }

    @Test
    void aNewMailIsPendingAndNotTriedYet() {
        MailDelivery mail = mailOf("entry-1");

        assertThat(mail.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getSettledAt()).isNull();
    }

    @Test
    void itsMessageIdFollowsFromTheDeliverySoEveryAttemptSendsTheSameMessage() {
        MailDelivery mail = mailOf("entry-1");

        assertThat(mail.messageId("gemeinsam.berlin")).isEqualTo("<" + mail.getId() + "@gemeinsam.berlin>")
                .isEqualTo(mailOf("entry-1").messageId("gemeinsam.berlin"));
    }
}
