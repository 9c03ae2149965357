package berlin.gemeinsam.web.measures.web;

/**
 * The form proposing a measure: what it is to achieve first, then, optionally, the idea it is taken from and its
 * mandate. Checked by measures-service, which names bad fields.
 */
public class MeasureForm {

    private String title;
    private String goal;
    private String type;
    private String sourceIdeaId;
    private String responsibleRole;
    private String budgetPlanned;
    private String staffCapacityPersonDays;
    private String competencesGranted;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSourceIdeaId() {
        return sourceIdeaId;
    }

    public void setSourceIdeaId(String sourceIdeaId) {
        this.sourceIdeaId = sourceIdeaId;
    }

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
