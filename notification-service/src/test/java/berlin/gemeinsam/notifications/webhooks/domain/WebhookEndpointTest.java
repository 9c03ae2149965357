package berlin.gemeinsam.notifications.webhooks.domain;

import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookEndpointTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final WebhookDelivery.Entry ENTRY = new WebhookDelivery.Entry("entry-1",
            "berlin.gemeinsam.idea.published.v1", "idea-1", NOW.minusSeconds(2));

    @Test
    void aNewEndpointIsEnabledWithAStandardWebhooksSecretOfItsOwn() {
        WebhookEndpoint endpoint = WebhookEndpoint.register("org-1", "https://hooks.example.org/in", "CRM", NOW);
        WebhookEndpoint other = WebhookEndpoint.register("org-1", "https://hooks.example.org/in", "CRM", NOW);

        assertThat(endpoint.isEnabled()).isTrue();
        assertThat(endpoint.getFailureStreak()).isZero();
        assertThat(endpoint.getSecret()).startsWith("whsec_").isNotEqualTo(other.getSecret());
        assertThat(endpoint.signingKey()).hasSize(24)
                .isEqualTo(Base64.getDecoder().decode(endpoint.getSecret().substring("whsec_".length())));
        assertThat(endpoint.getId()).isNotEqualTo(other.getId());
    }

    @Test
    void aStreakDisablesTheEndpointOnceItIsAsLongAsConfigured() {
        assertThat(WebhookEndpoint.streakDisables(19, 20)).isFalse();
        assertThat(WebhookEndpoint.streakDisables(20, 20)).isTrue();
        assertThat(WebhookEndpoint.streakDisables(21, 20)).isTrue();
    }

    @Test
    void onlyA2xxIsTakenAndOnly410IsGone() {
        assertThat(WebhookDelivery.isTaken(200)).isTrue();
        assertThat(WebhookDelivery.isTaken(204)).isTrue();
        assertThat(WebhookDelivery.isTaken(301)).isFalse();
        assertThat(WebhookDelivery.isTaken(500)).isFalse();
        assertThat(WebhookDelivery.isGone(410)).isTrue();
        assertThat(WebhookDelivery.isGone(404)).isFalse();
    }

    @Test
    void aDeliveryIsOnePerEntryAndEndpointAndDueAtOnce() {
        WebhookDelivery delivery = WebhookDelivery.of(ENTRY, "endpoint-1", "org-1", "sub-1", "{}", NOW);

        assertThat(delivery.getId()).isEqualTo(WebhookDelivery.of(ENTRY, "endpoint-1", "org-1", "sub-1", "{}",
                NOW.plusSeconds(5)).getId());
        assertThat(delivery.getId()).isNotEqualTo(WebhookDelivery.of(ENTRY, "endpoint-2", "org-1", "sub-1", "{}",
                NOW).getId());
        assertThat(delivery.getEventType()).isEqualTo("berlin.gemeinsam.idea.published.v1");
        assertThat(delivery.getSubject()).isEqualTo("idea-1");
        assertThat(delivery.getTime()).isEqualTo(NOW.minusSeconds(2));
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(delivery.getAttempts()).isZero();
    }
}
