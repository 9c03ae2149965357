package berlin.gemeinsam.web.measures.application;

import java.math.BigDecimal;

/** Who is responsible, with which budget (euros), staff capacity (person-days) and competences; all optional. */
public record Mandate(String responsibleRole, BigDecimal budgetPlanned, BigDecimal budgetSpent,
                      BigDecimal staffCapacityPersonDays, String competencesGranted, boolean complete) {
}
