package berlin.gemeinsam.events;

/** The guiding principles of the strategy an idea or a measure may serve. */
public enum GuidingPrinciple {
    COMMON_GOOD("Gemeinwohl", "Common good"),
    SUSTAINABILITY("Nachhaltigkeit", "Sustainability"),
    RESILIENCE("Resilienz", "Resilience"),
    COOPERATION("Kooperation", "Cooperation"),
    OPENNESS("Offenheit", "Openness");

    private final String german;
    private final String english;

    GuidingPrinciple(String german, String english) {
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
