package berlin.gemeinsam.participation.comments.domain;

import java.time.Instant;

/** Somebody signed in found a comment objectionable; the moderators see who, why and when. */
public record CommentReport(String reporterId, String reason, Instant reportedAt) {
}
