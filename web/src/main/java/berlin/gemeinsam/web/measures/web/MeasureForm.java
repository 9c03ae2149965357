package berlin.gemeinsam.web.measures.web;

/**
 * The form proposing a measure: what it is to achieve first, then, optionally, the idea it is taken from and its
 * mandate. Checked by measures-service, which names bad fields.
 */
public class MeasureForm extends MandateFields {

    private String title;
    private String goal;
    private String type;
    private String sourceIdeaId;

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
}
