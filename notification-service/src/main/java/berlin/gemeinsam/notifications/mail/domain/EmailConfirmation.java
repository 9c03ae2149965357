package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.platform.errors.StateConflictException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The request to confirm an address, opened by the token its mail links to. Stored by the token's hash; used
 * once, within its time.
 */
public class EmailConfirmation {

    /** The hash of the token. */
    private final String id;
    private final String subscriberId;
    private final String addressHash;
    private final Instant expiresAt;
    /** Set by the store when the token was used. */
    private Instant confirmedAt;

    EmailConfirmation(String id, String subscriberId, String addressHash, Instant expiresAt) {
        this.id = id;
        this.subscriberId = subscriberId;
        this.addressHash = addressHash;
        this.expiresAt = expiresAt;
    }

    public static EmailConfirmation of(String token, String subscriberId, String address, Instant expiresAt) {
        return new EmailConfirmation(SecretTokens.hashOf(token), subscriberId, SecretTokens.hashOf(address),
                expiresAt.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Whether the token may confirm now: unused and in time, otherwise the clear answer why not. */
    public void checkUsable(Instant now) {
        if (confirmedAt != null) {
            throw new StateConflictException("email-confirmation", "CONFIRMED", "confirm", List.of());
        }
        if (!now.isBefore(expiresAt)) {
            throw new LinkExpiredException();
        }
    }

    /** Whether this confirmation is for the address. */
    public boolean confirms(String address) {
        return addressHash.equals(SecretTokens.hashOf(address));
    }

    public String getId() {
        return id;
    }

    public String getSubscriberId() {
        return subscriberId;
    }

    public String getAddressHash() {
        return addressHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
