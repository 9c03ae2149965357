package berlin.gemeinsam.participation.comments.domain;

import berlin.gemeinsam.events.participation.CommentEdited;
import berlin.gemeinsam.events.participation.CommentHidden;
import berlin.gemeinsam.events.participation.CommentPosted;
import berlin.gemeinsam.platform.errors.StateConflictException;
import berlin.gemeinsam.platform.ids.TimeOrderedIds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A comment on an idea or a measure, or a reply to another comment, to any depth. A thread is read list by list:
 * the comments on the target, then the replies to one comment; each comment names the list it is in
 * ({@link #getListedIn()}), holds its numbered place in it ({@link CommentPlace}) and counts its direct replies, which
 * the lists sort by.
 *
 * <p>Hiding keeps the comment in its place, so that the replies around it still read as a conversation; only its
 * text is withheld from everybody but the moderators, who keep it for the audit.
 */
public class Comment {

    /** How long the author may correct their comment; after that, replies may already answer what it says. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    /** The most characters a comment's text has. */
    public static final int MAX_TEXT = 2_000;

    private final String id;
    private final CommentTarget targetType;
    private final String targetId;
    /** The comment this one replies to; empty for a comment on the target itself. */
    private final String parentId;
    private final String listedIn;
    /** Its place in its list; empty only for a comment stored before places, until the start that places it. */
    private final CommentPlace place;
    /** The unit whose moderators look after the comment: the unit it was posted in. */
    private final String unit;
    /**
     * The token subject of the author: a pseudonymous participant id or a staff account; after the author's erasure,
     * the tombstone that stands for them.
     */
    private String authorId;
    private String text;
    private final Instant postedAt;
    private Instant editedAt;
    private long replyCount;
    private Instant hiddenAt;
    private String hiddenReason;
    private String hiddenBy;
    private final List<CommentReport> reports;
    /** The invitation code the comment arrived through. */
    private String invitationCode;
    /** When the author was erased and the text with them; empty otherwise. */
    private Instant erasedAt;
    private final long version;

    Comment(String id, CommentTarget targetType, String targetId, String parentId, String listedIn, CommentPlace place,
            String unit, String authorId, String text, Instant postedAt, Instant editedAt, long replyCount,
            Instant hiddenAt, String hiddenReason, String hiddenBy, List<CommentReport> reports, long version) {
        this.id = id;
        this.targetType = targetType;
        this.targetId = targetId;
        this.parentId = parentId;
        this.listedIn = listedIn;
        this.place = place;
        this.unit = unit;
        this.authorId = authorId;
        this.text = text;
        this.postedAt = postedAt;
        this.editedAt = editedAt;
        this.replyCount = replyCount;
        this.hiddenAt = hiddenAt;
        this.hiddenReason = hiddenReason;
        this.hiddenBy = hiddenBy;
        this.reports = reports == null ? new ArrayList<>() : new ArrayList<>(reports);
        this.version = version;
    }

    /**
     * A new comment on the target itself, posted in {@code unit}, at the {@code position} its list handed out for it
     * ({@link #listOf}).
     */
    public static Posted post(String unit, CommentTarget targetType, String targetId, String authorId, String text,
                              Instant now, long position) {
        Objects.requireNonNull(targetType, "a comment is about an idea or a measure");
        return posted(unit, targetType, targetId, null, listOf(targetType, targetId), authorId, text, now, position);
    }

    /**
     * A reply to this comment, about the same target. A hidden comment, or one whose author was erased, takes no
     * replies: they would answer a text nobody can read. The reply takes the position the list of this comment's
     * replies ({@link #repliesTo}) hands out, asked for only once the reply is allowed, so a refused one takes none.
     */
    public Posted reply(String replyUnit, String replyAuthorId, String replyText, Instant now, LongSupplier position) {
        if (isHidden()) {
            throw new StateConflictException("comment", "HIDDEN", "reply", List.of());
        }
        if (isErased()) {
            throw new StateConflictException("comment", "ERASED", "reply", List.of());
        }
        return posted(replyUnit, targetType, targetId, id, repliesTo(id), replyAuthorId, replyText, now,
                position.getAsLong());
    }

    private static Posted posted(String unit, CommentTarget targetType, String targetId, String parentId,
                                 String listedIn, String authorId, String text, Instant now, long position) {
        Objects.requireNonNull(authorId, "a comment needs its author");
        Objects.requireNonNull(text, "a comment needs its text");
        Comment comment = new Comment(TimeOrderedIds.random(now), targetType, targetId, parentId, listedIn,
                new CommentPlace(listedIn, position), unit, authorId, text, now, null, 0, null, null, null, List.of(),
                0);
        return new Posted(comment, new CommentPosted(comment.id, targetType.name(), targetId, parentId, unit,
                authorId, now));
    }

    /** The list the comments on a target are in. */
    public static String listOf(CommentTarget targetType, String targetId) {
        return targetType.name().toLowerCase(Locale.ROOT) + "/" + targetId;
    }

    /** The list the replies to a comment are in. */
    public static String repliesTo(String commentId) {
        return "comment/" + commentId;
    }

    /**
     * The author corrects the text within {@link #EDIT_WINDOW} of posting it; the caller checked that it is the
     * author. A hidden comment stays as the moderator hid it.
     */
    public CommentEdited edit(String newText, Instant now) {
        Objects.requireNonNull(newText, "a comment needs its text");
        if (isHidden()) {
            throw new StateConflictException("comment", "HIDDEN", "edit", List.of());
        }
        if (!isEditableAt(now)) {
            throw new StateConflictException("comment", "EDIT_WINDOW_CLOSED", "edit", List.of("report"));
        }
        text = newText;
        editedAt = now;
        return new CommentEdited(id, targetType.name(), targetId, unit, now);
    }

    public boolean isEditableAt(Instant now) {
        return !isHidden() && !isErased() && !now.isAfter(postedAt.plus(EDIT_WINDOW));
    }

    /**
     * Somebody reports the comment; a person's second report is not counted again.
     *
     * @return whether the report was counted
     */
    public boolean report(String reporterId, String reason, Instant now) {
        Objects.requireNonNull(reporterId, "a report needs its reporter");
        if (reports.stream().anyMatch(report -> report.reporterId().equals(reporterId))) {
            return false;
        }
        reports.add(new CommentReport(reporterId, reason, now));
        return true;
    }

    /** A moderator hides the comment for a reason; one hidden already stays as it was hidden, without an event. */
    public Optional<CommentHidden> hide(String reason, String moderator, Instant now) {
        Objects.requireNonNull(reason, "hiding needs its reason");
        if (isHidden()) {
            return Optional.empty();
        }
        hiddenAt = now;
        hiddenReason = reason;
        hiddenBy = moderator;
        return Optional.of(new CommentHidden(id, targetType.name(), targetId, unit, reason, now));
    }

    /**
     * Attributes the comment to the invitation code it arrived through, once.
     *
     * @return whether it is attributed now, so that the attribution is told once
     */
    public boolean arrivedThrough(String code) {
        if (invitationCode != null) {
            return false;
        }
        invitationCode = code;
        return true;
    }

    /**
     * The participant was erased. A comment they wrote stays in its place, so that the thread around it still reads
     * as a conversation, but loses its text and its author, who becomes the {@code tombstone}; a report they made
     * stays counted, by the tombstone and without its reason.
     *
     * @return whether the comment held anything about the participant
     */
    public boolean erase(String participantId, String tombstone, Instant now) {
        Objects.requireNonNull(tombstone, "an erased participant is replaced by a tombstone");
        boolean changed = false;
        if (authorId.equals(participantId)) {
            authorId = tombstone;
            text = null;
            erasedAt = now;
            changed = true;
        }
        for (int i = 0; i < reports.size(); i++) {
            CommentReport report = reports.get(i);
            if (report.reporterId().equals(participantId)) {
                reports.set(i, new CommentReport(tombstone, null, report.reportedAt()));
                changed = true;
            }
        }
        return changed;
    }

    /** Whether the author was erased: the comment keeps its place without text or author. */
    public boolean isErased() {
        return erasedAt != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public String getId() {
        return id;
    }

    public CommentTarget getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getParentId() {
        return parentId;
    }

    public String getListedIn() {
        return listedIn;
    }

    public CommentPlace getPlace() {
        return place;
    }

    public String getUnit() {
        return unit;
    }

    public String getAuthorId() {
        return authorId;
    }

    /** The text as written, a hidden comment's included: who may read it is the caller's to decide. */
    public String getText() {
        return text;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public long getReplyCount() {
        return replyCount;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }

    public List<CommentReport> getReports() {
        return List.copyOf(reports);
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public long getVersion() {
        return version;
    }

    /** A new comment and the event it causes. */
    public record Posted(Comment comment, CommentPosted event) {
    }
}
