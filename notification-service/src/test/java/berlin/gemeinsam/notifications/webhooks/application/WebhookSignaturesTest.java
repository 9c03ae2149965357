package berlin.gemeinsam.notifications.webhooks.application;

import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;
import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our signatures as the Standard Webhooks reference library verifies them, not as our own code would. */
class WebhookSignaturesTest {

    private static Map<String, List<String>> asHeaders(Map<String, String> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }

    @Test
    void theReferenceLibraryVerifiesTheSignatureWithTheSecretAsAnswered() throws Exception {
        WebhookEndpoint endpoint = WebhookEndpoint.register("org-1", "https://hooks.example.org/in", null,
                Instant.now());
        String body = "{\"type\":\"berlin.gemeinsam.idea.published.v1\",\"texts\":{\"de\":\"Neue Idee: „Bänke“\"}}";
        Map<String, String> headers = WebhookSignatures.headers("delivery-1", Instant.now().getEpochSecond(), body,
                endpoint.signingKey());

        new Webhook(endpoint.getSecret()).verify(body, asHeaders(headers));
        assertThat(headers.get("webhook-signature")).startsWith("v1,");
        assertThatThrownBy(() -> new Webhook(endpoint.getSecret()).verify(body + " ", asHeaders(headers)))
                .hasMessageContaining("No matching signature");
    }
}
