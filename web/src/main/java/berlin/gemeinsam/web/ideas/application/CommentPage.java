package berlin.gemeinsam.web.ideas.application;

import java.util.List;

/** A page of an idea's comments, oldest first; {@code nextCursor} reads on, null after the last page. */
public record CommentPage(List<Comment> items, String nextCursor) {

    public static final CommentPage NONE = new CommentPage(List.of(), null);

    public CommentPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
