package berlin.gemeinsam.web.measures.web;

/**
 * The parts of a measure's mandate as typed, every one optional, numbers as text (a decimal comma too): on the
 * proposal's form and on the mandate's own page.
 */
public abstract class MandateFields {

    private String responsibleRole;
    private String budgetPlanned;
    private String staffCapacityPersonDays;
    private String competencesGranted;

    public String getResponsibleRole() {
        return responsibleRole;
    }

    public void setResponsibleRole(String responsibleRole) {
        this.responsibleRole = responsibleRole;
    }

    public String getBudgetPlanned() {
        return budgetPlanned;
    }

    public void setBudgetPlanned(String budgetPlanned) {
        this.budgetPlanned = budgetPlanned;
    }

    public String getStaffCapacityPersonDays() {
        return staffCapacityPersonDays;
    }

    public void setStaffCapacityPersonDays(String staffCapacityPersonDays) {
        this.staffCapacityPersonDays = staffCapacityPersonDays;
    }

    public String getCompetencesGranted() {
        return competencesGranted;
    }

    public void setCompetencesGranted(String competencesGranted) {
        this.competencesGranted = competencesGranted;
    }
}
