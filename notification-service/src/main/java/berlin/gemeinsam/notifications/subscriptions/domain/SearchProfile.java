package berlin.gemeinsam.notifications.subscriptions.domain;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A saved search (like mein.Berlin's Kiezradar): new ideas and measures of some units or near a point, about some
 * words and fields of action. It matches a publication when all of these hold:
 * <ul>
 *     <li><b>where</b>: with units and an area, the publication's unit is one of them <em>or</em> its place lies in
 *     the area; with only one of them, that one; with neither, any unit. A measure has no place, so a profile with an
 *     area and no units hears of no measure: it asked for what happens near the point, which a measure does not
 *     tell.</li>
 *     <li><b>words</b>: without keywords any; otherwise one of them occurs in the publication's texts, as part of a
 *     word ("rad" finds "Fahrradbügel"), ignoring case, umlauts and ß as typed ("strasse" does not find "Straße").
 *     </li>
 *     <li><b>field of action</b>: without categories any; otherwise one of the publication's is among them.</li>
 * </ul>
 *
 * @param keywords    lower case, without duplicates, sorted
 * @param units       unit ids, sorted
 * @param categories  names of {@link berlin.gemeinsam.events.Category}, sorted
 * @param area        the circle around a point, if any
 * @param anyUnit     derived: neither units nor area, so every unit's publications are in question; stored so that
 *                    the store finds these profiles by index
 * @param anyCategory derived: no categories; stored for the same reason
 */
public record SearchProfile(List<String> keywords, List<String> units, List<String> categories, Area area,
                            boolean anyUnit, boolean anyCategory) {

    public static final int MAX_KEYWORDS = 10;
    public static final int MIN_KEYWORD_LENGTH = 2;
    public static final int MAX_KEYWORD_LENGTH = 50;

    public SearchProfile {
        keywords = List.copyOf(new TreeSet<>(keywords.stream().map(SearchProfile::folded).toList()));
        units = List.copyOf(new TreeSet<>(units));
        categories = List.copyOf(new TreeSet<>(categories));
        anyUnit = units.isEmpty() && area == null;
        anyCategory = categories.isEmpty();
    }

    public static SearchProfile of(List<String> keywords, List<String> units, List<String> categories, Area area) {
        return new SearchProfile(keywords, units, categories, area, false, false);
    }

    /** The same profile has the same id, so that saving it twice is one subscription. */
    public String id() {
        String content = String.join("\u0001", keywords) + "\u0002" + String.join("\u0001", units) + "\u0002"
                + String.join("\u0001", categories) + "\u0002" + (area == null ? ""
                : area.center().latitude() + "," + area.center().longitude() + "," + area.radiusMeters());
        return UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public boolean matches(Publication publication) {
        return isWhere(publication) && isAbout(publication) && isInField(publication);
    }

    private boolean isWhere(Publication publication) {
        if (anyUnit) {
            return true;
        }
        boolean inUnit = units.contains(publication.unit());
        boolean nearby = area != null && publication.place().map(area::contains).orElse(false);
        return inUnit || nearby;
    }

    private boolean isAbout(Publication publication) {
        if (keywords.isEmpty()) {
            return true;
        }
        List<String> texts = publication.texts().stream().map(SearchProfile::folded).toList();
        return keywords.stream().anyMatch(keyword -> texts.stream().anyMatch(text -> text.contains(keyword)));
    }

    private boolean isInField(Publication publication) {
        return anyCategory || publication.categories().stream().anyMatch(categories::contains);
    }

    /** Lower case in one normal form, so that an umlaut typed as one character or as two finds both. */
    private static String folded(String text) {
        return Normalizer.normalize(Objects.requireNonNull(text).strip(), Normalizer.Form.NFC)
                .toLowerCase(Locale.GERMAN);
    }
}
