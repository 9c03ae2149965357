package berlin.gemeinsam.ideas.search.application;

import java.util.Locale;

/**
 * The orders a search answers in, each made stable by the idea's id after its own value: newest submitted first,
 * most supported first, most recently changed first, or the best match for the search words first.
 */
public enum SearchOrder {
    NEWEST,
    SUPPORTED,
    ACTIVE,
    RELEVANCE;

    /** The name a client uses, e.g. {@code newest}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SearchOrder ofParameter(String parameter) {
        return valueOf(parameter.toUpperCase(Locale.ROOT));
    }
}
