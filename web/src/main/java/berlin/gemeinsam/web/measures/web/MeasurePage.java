package berlin.gemeinsam.web.measures.web;

import java.util.List;
import java.util.Map;

import berlin.gemeinsam.web.measures.application.Measure;

/**
 * What the measure's page shows: the measure as read with its version (which every form posts back), the chart of
 * each indicator with values by the indicator's id, and the lifecycle changes offered now.
 */
public record MeasurePage(Measure measure, String version, Map<String, IndicatorChart> charts, List<String> changes) {
}
