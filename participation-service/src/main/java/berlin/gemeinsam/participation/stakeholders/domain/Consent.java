package berlin.gemeinsam.participation.stakeholders.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded consent to keep contact data: what for ({@code purpose}), the version of the consent text the person
 * agreed to, and when it was recorded.
 */
public record Consent(String purpose, String textVersion, Instant givenAt) {

    public Consent {
        Objects.requireNonNull(purpose, "a consent names what it is for");
        Objects.requireNonNull(textVersion, "a consent names the text agreed to");
        Objects.requireNonNull(givenAt, "a consent has its time");
    }
}
