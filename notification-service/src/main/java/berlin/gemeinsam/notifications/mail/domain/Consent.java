package berlin.gemeinsam.notifications.mail.domain;

import java.time.Instant;

/**
 * What a subscriber agreed to when they confirmed their address: when, the version of the consent text they were
 * shown, and the address by its hash (proof of which address it was without keeping it twice).
 */
public record Consent(Instant at, String textVersion, String addressHash) {
}
