package berlin.gemeinsam.web.measures.web;

import java.util.List;
import java.util.Map;

import berlin.gemeinsam.web.measures.application.Measure;

/**
 * What the measure's page shows: the measure as read with its version (which every form posts back), the chart of
 * each indicator with values by the indicator's id, the lifecycle changes offered now on the page and those that
 * close the measure (each a page of its own), and whether its review is overdue.
 */
public record MeasurePage(Measure measure, String version, Map<String, IndicatorChart> charts, List<String> changes,
                          List<String> closings, boolean reviewOverdue) {
}
