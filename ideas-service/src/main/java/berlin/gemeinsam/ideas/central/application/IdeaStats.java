package berlin.gemeinsam.ideas.central.application;

import java.util.Map;

/**
 * How many ideas the central view shows, in total and per owning unit, field of action (by its name), status and
 * month of publication ({@code yyyy-MM}, Berlin time). Ideas without a category, or whose publication the view has
 * not seen, are counted in the total and by unit and status only.
 */
public record IdeaStats(long total, Map<String, Long> byUnit, Map<String, Long> byCategory,
                        Map<String, Long> byStatus, Map<String, Long> byMonth) {
}
