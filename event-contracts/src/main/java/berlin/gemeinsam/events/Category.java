package berlin.gemeinsam.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The fields of action of the strategy an idea or a measure belongs to: a fixed list, so that both can be filtered and counted. */
public enum Category {
    ADMINISTRATION("Verwaltung", "Administration"),
    MOBILITY("Mobilität", "Mobility"),
    ENVIRONMENT_CLIMATE("Umwelt & Klima", "Environment & climate"),
    EDUCATION("Bildung", "Education"),
    HEALTH("Gesundheit", "Health"),
    ECONOMY_WORK("Wirtschaft & Arbeit", "Economy & work"),
    CULTURE("Kultur", "Culture"),
    PARTICIPATION_SOCIAL("Teilhabe & Soziales", "Participation & social affairs"),
    URBAN_DEVELOPMENT_HOUSING("Stadtentwicklung & Wohnen", "Urban development & housing"),
    DIGITAL_INFRASTRUCTURE("Digitale Infrastruktur", "Digital infrastructure");

    /** Every label a field of action is known by, normalised; read once per event by the consumers. */
    private static final Map<String, Category> BY_LABEL = new HashMap<>();
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static {
        for (Category category : values()) {
            for (String label : List.of(category.name(), category.german, category.english)) {
                BY_LABEL.putIfAbsent(normalized(label), category);
            }
        }
    }

    private final String german;
    private final String english;

    Category(String german, String english) {
        this.german = german;
        this.english = english;
    }

    /**
     * The field of action a label names, German or English, in any case and with "und"/"and" for "&": how ideas
     * stored before the fixed list named their category.
     */
    public static Optional<Category> ofLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_LABEL.get(normalized(label)));
    }

    private static String normalized(String label) {
        return SPACES.matcher(label.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace(" und ", " & ")
                .replace(" and ", " & ")).replaceAll(" ");
    }

    public String german() {
        return german;
    }

    public String english() {
        return english;
    }
}
