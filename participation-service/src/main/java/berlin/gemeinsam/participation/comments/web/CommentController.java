package berlin.gemeinsam.participation.comments.web;

import berlin.gemeinsam.participation.comments.application.CommentOrder;
import berlin.gemeinsam.participation.comments.application.CommentService;
import berlin.gemeinsam.participation.comments.application.VisibleComment;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;
import berlin.gemeinsam.participation.contributions.web.NoMarkup;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Optional;

/**
 * Comments on ideas and measures and the replies to them. Lists are read in pages linked by cursors, in one of the
 * orders {@code oldest} (default), {@code newest} or {@code mostReplies}; a cursor belongs to its list's order.
 */
@RestController
class CommentController {

    private static final String ORDERS = "oldest|newest|mostReplies";
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CommentService comments;

    CommentController(CommentService comments) {
        this.comments = comments;
    }

    /** {@code invitationCode}: the multiplier's code for the idea that the author came through, if any. */
    @PostMapping("/api/v1/ideas/{ideaId}/comments")
    ResponseEntity<VisibleComment> commentOnIdea(@PathVariable String ideaId,
                                                 @Valid @RequestBody IdeaCommentRequest request) {
        return created(comments.post(CommentTarget.IDEA, ideaId, request.text(), request.invitationCode()));
    }

    @GetMapping("/api/v1/ideas/{ideaId}/comments")
    CommentPage commentsOnIdea(@PathVariable String ideaId,
                               @RequestParam(defaultValue = "oldest") @Pattern(regexp = ORDERS) String sort,
                               @RequestParam(required = false) @Size(max = 500) String cursor,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        CommentOrder order = order(sort);
        return CommentPage.of(comments.on(CommentTarget.IDEA, ideaId, order, cursor(order, cursor), limit));
    }

    /** A measure's id is taken as given: this service does not follow the measures. */
    @PostMapping("/api/v1/measures/{measureId}/comments")
    ResponseEntity<VisibleComment> commentOnMeasure(@PathVariable @Pattern(regexp = UUID) String measureId,
                                                    @Valid @RequestBody CommentRequest request) {
        return created(comments.post(CommentTarget.MEASURE, measureId, request.text(), null));
    }

    @GetMapping("/api/v1/measures/{measureId}/comments")
    CommentPage commentsOnMeasure(@PathVariable @Pattern(regexp = UUID) String measureId,
                                  @RequestParam(defaultValue = "oldest") @Pattern(regexp = ORDERS) String sort,
                                  @RequestParam(required = false) @Size(max = 500) String cursor,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        CommentOrder order = order(sort);
        return CommentPage.of(comments.on(CommentTarget.MEASURE, measureId, order, cursor(order, cursor), limit));
    }

    @GetMapping("/api/v1/comments/{id}")
    VisibleComment get(@PathVariable String id) {
        return comments.get(id);
    }

    /** The author corrects the text within 15 minutes of posting. */
    @PatchMapping("/api/v1/comments/{id}")
    VisibleComment edit(@PathVariable String id, @Valid @RequestBody CommentRequest request) {
        return comments.edit(id, request.text());
    }

    @PostMapping("/api/v1/comments/{id}/replies")
    ResponseEntity<VisibleComment> reply(@PathVariable String id, @Valid @RequestBody CommentRequest request) {
        return created(comments.reply(id, request.text()));
    }

    @GetMapping("/api/v1/comments/{id}/replies")
    CommentPage replies(@PathVariable String id,
                        @RequestParam(defaultValue = "oldest") @Pattern(regexp = ORDERS) String sort,
                        @RequestParam(required = false) @Size(max = 500) String cursor,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        CommentOrder order = order(sort);
        return CommentPage.of(comments.replies(id, order, cursor(order, cursor), limit));
    }

    /** Anybody signed in reports a comment; a second report by the same person is not counted again. */
    @PostMapping("/api/v1/comments/{id}/reports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void report(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        comments.report(id, request.reason());
    }

    /** A moderator of the unit hides the comment; its replies stay. */
    @PostMapping("/api/v1/comments/{id}/hide")
    VisibleComment hide(@PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        return comments.hide(id, request.reason());
    }

    /** Created where every comment is read, whether posted on its target or as a reply. */
    private static ResponseEntity<VisibleComment> created(VisibleComment comment) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/comments/{id}").buildAndExpand(comment.id()).toUri()).body(comment);
    }

    /** Validated against {@link #ORDERS} before: every name there is an order. */
    private static CommentOrder order(String sort) {
        return CommentOrder.ofParameter(sort).orElseThrow();
    }

    private static Optional<Cursor> cursor(CommentOrder order, String cursor) {
        return Optional.ofNullable(cursor).map(order::parse);
    }

    record CommentRequest(
            @NotBlank @Size(max = Comment.MAX_TEXT) @Text(multiline = true) @NoMarkup String text) {
    }

    record IdeaCommentRequest(
            @NotBlank @Size(max = Comment.MAX_TEXT) @Text(multiline = true) @NoMarkup String text,
            @Pattern(regexp = InvitationCode.PATTERN, message = "{invitation.malformed}") String invitationCode) {
    }

    record ReasonRequest(@NotBlank @Size(max = 500) @Text(multiline = true) @NoMarkup String reason) {
    }

    /** A page of comments; {@code next} is the cursor of the next page, absent on the last. */
    record CommentPage(List<VisibleComment> items, String next) {

        static CommentPage of(CursorPage<VisibleComment> page) {
            return new CommentPage(page.items(), page.next().map(Cursor::encoded).orElse(null));
        }
    }
}
