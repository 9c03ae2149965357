package berlin.gemeinsam.ideas.idea.domain;

/** The fields of action of the strategy an idea belongs to: a fixed list, so that ideas can be filtered and counted. */
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

    public String german() {
        return german;
    }

    public String english() {
        return english;
    }
}
