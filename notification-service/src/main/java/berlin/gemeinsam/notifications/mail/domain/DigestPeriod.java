package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One daily or weekly digest round: it goes out at {@code dueAt} and takes every entry written before. Its key
 * names it for the digest mails' ids: the frequency and the local date it is due on.
 */
public record DigestPeriod(Frequency frequency, LocalDate dueOn, Instant dueAt) {

    public String key() {
        return frequency + "/" + dueOn;
    }
}
