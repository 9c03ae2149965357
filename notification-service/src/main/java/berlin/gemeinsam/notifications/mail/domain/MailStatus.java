package berlin.gemeinsam.notifications.mail.domain;

/** Where a mail stands. */
public enum MailStatus {
    PENDING,
    SENT,
    /** Not sent, for a reason: no confirmed address, or the subscription no longer tells by e-mail. */
    SUPPRESSED
}
