package berlin.gemeinsam.notifications.mail.domain;

/** A link from a mail that is no longer valid: answered with 410 Gone, nothing changed. */
public class LinkExpiredException extends RuntimeException {

    public LinkExpiredException() {
        super("the link has expired");
    }
}
