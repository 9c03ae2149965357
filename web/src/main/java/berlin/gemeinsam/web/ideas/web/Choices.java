package berlin.gemeinsam.web.ideas.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The values ideas-service and participation-service accept for the forms' choices, in the order the forms offer
 * them (their labels are in the message bundles), given to every page as {@code choices}.
 */
@ControllerAdvice
class Choices {

    static final List<String> CATEGORIES = List.of("ADMINISTRATION", "MOBILITY", "ENVIRONMENT_CLIMATE",
            "EDUCATION", "HEALTH", "ECONOMY_WORK", "CULTURE", "PARTICIPATION_SOCIAL", "URBAN_DEVELOPMENT_HOUSING",
            "DIGITAL_INFRASTRUCTURE");
    static final List<String> PRINCIPLES = List.of("COMMON_GOOD", "SUSTAINABILITY", "RESILIENCE", "COOPERATION",
            "OPENNESS");
    static final List<String> STATUSES = List.of("PUBLISHED", "SHORTLISTED", "ADOPTED", "ARCHIVED", "SUBMITTED",
            "REJECTED", "WITHDRAWN", "MERGED");
    static final List<String> HELIX_GROUPS = List.of("CIVIL_SOCIETY", "PUBLIC", "BUSINESS", "SCIENCE", "STATE");
    static final List<String> ORDERS = List.of("newest", "supported", "active", "relevance");

    @ModelAttribute("choices")
    Lists choices() {
        return new Lists(CATEGORIES, PRINCIPLES, STATUSES, HELIX_GROUPS, ORDERS);
    }

    record Lists(List<String> categories, List<String> principles, List<String> statuses, List<String> helixGroups,
                 List<String> orders) {
    }
}
