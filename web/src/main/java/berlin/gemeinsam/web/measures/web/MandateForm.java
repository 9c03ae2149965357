package berlin.gemeinsam.web.measures.web;

/**
 * The measure's mandate as its page edits it, posting the version of the measure the page read, with the budget
 * spent so far.
 */
public class MandateForm extends MandateFields {

    private String version;
    private String budgetSpent;

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getBudgetSpent() {
        return budgetSpent;
    }

    public void setBudgetSpent(String budgetSpent) {
        this.budgetSpent = budgetSpent;
    }
}
