package berlin.gemeinsam.notifications.subscriptions.domain;

import java.util.Set;

/** The languages mails are written in. */
public final class Language {

    /** Without a choice mails are German. */
    public static final String DEFAULT = "de";
    public static final Set<String> SUPPORTED = Set.of(DEFAULT, "en");

    private Language() {
    }
}
