package berlin.gemeinsam.notifications.feed.application;

import berlin.gemeinsam.notifications.feed.domain.Wording;
import berlin.gemeinsam.platform.units.UnitRegistry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Puts a feed entry's wording into every language the feed is read in. */
@Component
class NotificationTexts {

    static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    private final MessageSource messages;
    private final UnitRegistry units;

    NotificationTexts(MessageSource messages, UnitRegistry units) {
        this.messages = messages;
        this.units = units;
    }

    /** The text by language code, unmodifiable: every entry of the news shares it. */
    Map<String, String> render(Wording wording) {
        Map<String, String> texts = new HashMap<>();
        for (Locale language : LANGUAGES) {
            texts.put(language.getLanguage(), messages.getMessage(wording.code(),
                    new Object[] {unitName(wording.unitId(), language), wording.title()}, language));
        }
        return Map.copyOf(texts);
    }

    /** A unit that is not (yet) in this instance's registry is still named, by its id. */
    private String unitName(String unitId, Locale language) {
        return units.find(unitId).map(unit -> unit.nameIn(language)).orElse(unitId);
    }
}
