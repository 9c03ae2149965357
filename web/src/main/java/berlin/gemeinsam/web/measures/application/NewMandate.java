package berlin.gemeinsam.web.measures.application;

/** The mandate as typed on its page, every part optional; numbers as text, checked by measures-service. */
public record NewMandate(String responsibleRole, String budgetPlanned, String budgetSpent,
                         String staffCapacityPersonDays, String competencesGranted) {
}
