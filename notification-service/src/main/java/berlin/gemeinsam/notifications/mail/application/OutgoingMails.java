package berlin.gemeinsam.notifications.mail.application;

/** The mail server the mails go out through. */
public interface OutgoingMails {

    /** Sends the mail on a connection of its own; an exception when the server did not take it. */
    void send(OutgoingMail mail);

    /**
     * A connection for several mails in a row, so that each does not cost a connection of its own; closing it ends
     * it. Without one of its own, a server sends each as {@link #send} does.
     */
    default Connection connect() {
        return this::send;
    }

    /** Mails sent one after the other over one connection to the server. */
    interface Connection extends AutoCloseable {

        /** Sends the mail; an exception when the server did not take it, and the next mail connects anew. */
        void send(OutgoingMail mail);

        @Override
        default void close() {
        }
    }

    /**
     * A mail with its plain-text and HTML part. {@code unsubscribeUrl} is the one-click unsubscribe link of a
     * notification mail (RFC 8058), null for a confirmation mail; {@code messageId} the {@code Message-ID} of a
     * notification mail, the same at every attempt, null for a confirmation mail (the mail library makes one).
     */
    record OutgoingMail(String to, String subject, String plainText, String html, String unsubscribeUrl,
                        String messageId) {
    }
}
