package berlin.gemeinsam.web.ideas.application;

import java.time.Instant;

/** A comment on an idea as anybody may read it; a hidden one has no text. */
public record Comment(String id, String authorId, String text, Instant postedAt, boolean hidden, long replyCount) {
}
