package berlin.gemeinsam.notifications.subscriptions.domain;

/** The languages mails are written in: German ({@link #DEFAULT}) or English ({@code en}). */
public final class Language {

    /** Without a choice mails are German. */
    public static final String DEFAULT = "de";

    private Language() {
    }
}
