package berlin.gemeinsam.ideas.idea.web;

import berlin.gemeinsam.ideas.idea.domain.Language;

import java.util.Locale;

/** An idea's language as the API writes it: the ISO 639-1 code in lower case. */
final class Languages {

    private Languages() {
    }

    static Language of(String code) {
        return code == null ? null : Language.valueOf(code.toUpperCase(Locale.ROOT));
    }

    static String code(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }
}
