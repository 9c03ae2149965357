package berlin.gemeinsam.notifications.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * A URL a subscriber (an organisation, a multiplier) has notifications posted to, signed with the endpoint's own
 * secret (Standard Webhooks). The secret is answered once, when the endpoint is registered; the store keeps it, as
 * every attempt is signed with it. A run of failed attempts ({@code failureStreak}) or a 410 disables the endpoint.
 */
public class WebhookEndpoint {

    /** Standard Webhooks' prefix of a secret; the rest is the base64 of the key. */
    public static final String SECRET_PREFIX = "whsec_";
    /** 192 bits, within the 24 to 64 bytes the specification asks for. */
    private static final int SECRET_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final String subscriberId;
    private final String url;
    private final String description;
    private final String secret;
    private final Instant createdAt;
    private EndpointStatus status = EndpointStatus.ENABLED;
    private DisabledReason disabledReason;
    private Instant disabledAt;
    /** Failed attempts since the last one it took; set by the store. */
    private int failureStreak;

    WebhookEndpoint(String id, String subscriberId, String url, String description, String secret,
                    Instant createdAt) {
        this.id = id;
        this.subscriberId = subscriberId;
        this.url = url;
        this.description = description;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    /** A new endpoint with a new random secret, enabled. */
    public static WebhookEndpoint register(String subscriberId, String url, String description, Instant now) {
        return new WebhookEndpoint(UUID.randomUUID().toString(), subscriberId, url, description, newSecret(),
                now.truncatedTo(ChronoUnit.MILLIS));
    }

    /** A random secret as Standard Webhooks writes it: {@code whsec_} and the base64 of the key. */
    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** A streak of failed attempts this long disables the endpoint. */
    public static boolean streakDisables(int failureStreak, int disableAfter) {
        return failureStreak >= disableAfter;
    }

    /** The HMAC key: the secret without its prefix, base64-decoded. */
    public byte[] signingKey() {
        return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())
                .getBytes(StandardCharsets.US_ASCII));
    }

    public boolean isEnabled() {
        return status == EndpointStatus.ENABLED;
    }

    public String getId() {
        return id;
    }

    public String getSubscriberId() {
        return subscriberId;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public EndpointStatus getStatus() {
        return status;
    }

    public DisabledReason getDisabledReason() {
        return disabledReason;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public int getFailureStreak() {
        return failureStreak;
    }
}
