package berlin.gemeinsam.notifications.webhooks.domain;

/** A webhook URL that is not called, with the reason. */
public class RejectedUrlException extends Exception {

    private final UrlRejection rejection;

    public RejectedUrlException(UrlRejection rejection) {
        super("webhook URL rejected: " + rejection);
        this.rejection = rejection;
    }

    public UrlRejection rejection() {
        return rejection;
    }
}
