package berlin.gemeinsam.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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
        String wanted = normalized(label);
        return Arrays.stream(values())
                .filter(category -> wanted.equals(normalized(category.name()))
                        || wanted.equals(normalized(category.german)) || wanted.equals(normalized(category.english)))
                .findFirst();
    }

    private static String normalized(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace(" und ", " & ").replace(" and ", " & ")
                .replaceAll("\\s+", " ");
    }

    public String german() {
        return german;
    }

    public String english() {
        return english;
    }
}
