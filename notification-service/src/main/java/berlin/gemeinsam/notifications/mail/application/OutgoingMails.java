package berlin.gemeinsam.notifications.mail.application;

/** The mail server the mails go out through. */
public interface OutgoingMails {

    /** Sends the mail; an exception when the server did not take it. */
    void send(OutgoingMail mail);

    /**
     * A mail with its plain-text and HTML part. {@code unsubscribeUrl} is the one-click unsubscribe link of a
     * notification mail (RFC 8058), null for a confirmation mail.
     */
    record OutgoingMail(String to, String subject, String plainText, String html, String unsubscribeUrl) {
    }
}
