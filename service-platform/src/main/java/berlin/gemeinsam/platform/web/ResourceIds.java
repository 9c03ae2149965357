package berlin.gemeinsam.platform.web;

import java.util.Locale;

/**
 * The shape of the ids the services mint for ideas, measures, supports and subscriptions: the text form of a UUID
 * ({@link berlin.gemeinsam.platform.ids.TimeOrderedIds}, or derived from a name), in lower case.
 */
public final class ResourceIds {

    /** Upper case is accepted from clients and turned into the lower case the ids are stored and published in. */
    public static final String PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private ResourceIds() {
    }

    public static boolean isResourceId(String id) {
        return id != null && id.matches(PATTERN);
    }

    public static String canonical(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
