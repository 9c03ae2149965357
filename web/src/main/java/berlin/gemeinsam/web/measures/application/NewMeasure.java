package berlin.gemeinsam.web.measures.application;

/**
 * A measure to propose, as typed: {@code sourceIdeaId} the idea it is taken from (or null), the mandate's parts
 * optional. Numbers stay text here; measures-service checks them and names a wrong one.
 */
public record NewMeasure(String title, String goal, String type, String sourceIdeaId, String responsibleRole,
                         String budgetPlanned, String staffCapacityPersonDays, String competencesGranted) {
}
