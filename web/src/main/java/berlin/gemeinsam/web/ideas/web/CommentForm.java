package berlin.gemeinsam.web.ideas.web;

/** A comment on an idea; participation-service checks its text (no markup, at most 2,000 characters). */
public class CommentForm {

    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
