package berlin.gemeinsam.web.ideas.web;

import java.util.Set;

/** The submission form: the problem first, then the proposal. Checked by ideas-service, which names bad fields. */
public class IdeaForm {

    static final Set<String> FIELDS = Set.of("title", "problem", "proposal", "category");

    private String title;
    private String problem;
    private String proposal;
    private String category;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
