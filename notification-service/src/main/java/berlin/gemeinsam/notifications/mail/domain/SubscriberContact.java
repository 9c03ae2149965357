package berlin.gemeinsam.notifications.mail.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A subscriber's e-mail address, kept apart from everything else about them. Until it is confirmed, nothing but the
 * confirmation mail goes to it; a new address replaces the old one unconfirmed.
 */
public class SubscriberContact {

    /** The subscriber's id. */
    private final String id;
    private final String address;
    private final Instant givenAt;
    /** Set once the subscriber confirmed the address; set by the store when it is there. */
    private Consent consent;

    SubscriberContact(String id, String address, Instant givenAt) {
        this.id = id;
        this.address = address;
        this.givenAt = givenAt;
    }

    public static SubscriberContact unconfirmed(String subscriberId, String address, Instant now) {
        return new SubscriberContact(subscriberId, address, now.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The address to send to, only once it is confirmed. */
    public Optional<String> confirmedAddress() {
        return consent == null ? Optional.empty() : Optional.of(address);
    }

    public boolean isConfirmed() {
        return consent != null;
    }

    public String getId() {
        return id;
    }

    public String getAddress() {
        return address;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Consent getConsent() {
        return consent;
    }
}
