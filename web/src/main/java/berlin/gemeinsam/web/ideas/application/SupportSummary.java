package berlin.gemeinsam.web.ideas.application;

import java.util.Map;

/** How many support an idea, in all and by helix group (STATE, BUSINESS, SCIENCE, CIVIL_SOCIETY, PUBLIC). */
public record SupportSummary(long total, Map<String, Long> byHelixGroup) {

    public static final SupportSummary NONE = new SupportSummary(0, Map.of());

    public SupportSummary {
        byHelixGroup = byHelixGroup == null ? Map.of() : Map.copyOf(byHelixGroup);
    }
}
