package berlin.gemeinsam.web.ideas.application;

import java.time.Instant;

/**
 * A comment on an idea as the reader may read it; a hidden one has no text. Only the unit's moderators are told why
 * it was hidden ({@code hiddenReason}); for everybody else participation-service leaves it out.
 */
public record Comment(String id, String authorId, String text, Instant postedAt, boolean hidden, String hiddenReason,
                      long replyCount) {
}
