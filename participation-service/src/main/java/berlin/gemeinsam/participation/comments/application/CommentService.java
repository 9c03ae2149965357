package berlin.gemeinsam.participation.comments.application;

import berlin.gemeinsam.events.participation.CommentEdited;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentList;
import berlin.gemeinsam.participation.comments.domain.CommentTarget;
import berlin.gemeinsam.participation.ideas.application.PublishedIdeas;
import berlin.gemeinsam.participation.participants.application.Participants;
import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.stakeholders.application.InvitationService;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationTarget;
import berlin.gemeinsam.participation.stakeholders.domain.InvitedContribution;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Comments on ideas and measures and replies to them: posted by anybody signed in, corrected by their author for a
 * while, reported by anybody signed in, hidden by the unit's moderators, read by everybody.
 *
 * <p>An idea must be known here as published, like one that is supported. Measures are not followed by this
 * service: a measure's id is taken as given.
 */
@Service
public class CommentService {

    /** Replies counted by one run of the catch-up: a run never holds more of them than these. */
    private static final int UNCOUNTED_PER_RUN = 500;

    private final Comments comments;
    private final PublishedIdeas ideas;
    private final InvitationService invitations;
    private final Participants participants;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    CommentService(Comments comments, PublishedIdeas ideas, InvitationService invitations, Participants participants,
                   Access access, OwningUnit owner, Clock clock) {
        this.comments = comments;
        this.ideas = ideas;
        this.invitations = invitations;
        this.participants = participants;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    /**
     * Comments on the target as the token's subject. A comment on an idea through a valid {@code invitationCode} for
     * it is attributed to the code's multiplier in the same write; a code is for an idea or a format, never a measure.
     */
    public VisibleComment post(CommentTarget targetType, String targetId, String text, String invitationCode) {
        Caller author = signedIn();
        requireKnown(targetType, targetId);
        Optional<InvitationCode> invitation = invitations.validFor(invitationCode, InvitationTarget.IDEA, targetId);
        Comment.Posted posted = Comment.post(owner.id(), targetType, targetId, author.subject(), text,
                clock.instant(), comments.nextPosition(Comment.listOf(targetType, targetId)));
        List<Record> events = new ArrayList<>(List.of(posted.event(), reported(posted.comment())));
        invitation.filter(code -> posted.comment().arrivedThrough(code.getId()))
                .map(code -> code.redeemed(InvitedContribution.COMMENT, posted.comment().getId(), null,
                        posted.comment().getPostedAt()))
                .ifPresent(events::add);
        comments.add(posted.comment(), events);
        return visible(posted.comment(), author);
    }

    /**
     * Replies to a comment as the token's subject; the comment counts its replies anew. A process stopping between the
     * two writes leaves a reply not counted, which {@link #countUncountedReplies()} counts.
     */
    public VisibleComment reply(String parentId, String text) {
        Caller author = signedIn();
        Comment parent = existing(parentId);
        Comment.Posted posted = parent.reply(owner.id(), author.subject(), text, clock.instant(),
                () -> comments.nextPosition(Comment.repliesTo(parentId)));
        comments.add(posted.comment(), List.of(posted.event(), reported(posted.comment())));
        comments.countReplies(parentId, posted.comment().getId());
        return visible(posted.comment(), author);
    }

    @Scheduled(initialDelayString = "${gemeinsam.participation.reply-count-interval:1m}",
            fixedDelayString = "${gemeinsam.participation.reply-count-interval:1m}")
    public void countUncountedReplies() {
        for (Comment reply : comments.uncountedReplies(UNCOUNTED_PER_RUN)) {
            comments.countReplies(reply.getParentId(), reply.getId());
        }
    }

    /** The author corrects their comment while it is editable: anybody else is refused. */
    public VisibleComment edit(String commentId, String text) {
        Caller caller = signedIn();
        Comment edited = ConcurrentChanges.retry(() -> {
            Comment comment = existing(commentId);
            if (!comment.getAuthorId().equals(caller.subject())) {
                throw new AccessDeniedException("only the author edits a comment");
            }
            CommentEdited event = comment.edit(text, clock.instant());
            comments.save(comment, List.of(event));
            return comment;
        });
        return visible(edited, caller);
    }

    /** Anybody signed in reports a comment, counted once per person. */
    public void report(String commentId, String reason) {
        Caller reporter = signedIn();
        ConcurrentChanges.retry(() -> {
            Comment comment = existing(commentId);
            if (comment.report(reporter.subject(), reason, clock.instant())) {
                comments.save(comment, List.of());
            }
            return comment;
        });
    }

    /** A moderator of the unit the comment was posted in hides it; hiding it again changes nothing. */
    public VisibleComment hide(String commentId, String reason) {
        Caller moderator = access.moderatorOf(owner.id());
        Comment hidden = ConcurrentChanges.retry(() -> {
            Comment comment = existing(commentId);
            comment.hide(reason, moderator.subject(), clock.instant())
                    .ifPresent(event -> comments.save(comment, List.of(event, reported(comment))));
            return comment;
        });
        return visible(hidden, moderator);
    }

    /**
     * What the participation reports count of the comment as it stands (a hidden one not), for the helix group its
     * author declared last in the unit.
     */
    private Record reported(Comment comment) {
        return participants.of(comment.getAuthorId(), null).contributed(Contribution.COMMENT, comment.getId(),
                comment.getTargetType().name(), comment.getTargetId(), null, !comment.isHidden(),
                comment.getPostedAt());
    }

    public VisibleComment get(String commentId) {
        return visible(existing(commentId), access.caller().orElse(null));
    }

    /** A page of the comments on the target itself. */
    public CursorPage<VisibleComment> on(CommentTarget targetType, String targetId, CommentOrder order,
                                         Optional<Cursor> after, int limit) {
        requireKnown(targetType, targetId);
        return page(Comment.listOf(targetType, targetId), order, after, limit);
    }

    /** A page of the direct replies to a comment. */
    public CursorPage<VisibleComment> replies(String commentId, CommentOrder order, Optional<Cursor> after,
                                              int limit) {
        existing(commentId);
        return page(Comment.repliesTo(commentId), order, after, limit);
    }

    private CursorPage<VisibleComment> page(String listedIn, CommentOrder order, Optional<Cursor> after, int limit) {
        Caller caller = access.caller().orElse(null);
        Instant now = clock.instant();
        boolean moderator = caller != null && caller.isModeratorOf(owner.id());
        String callerId = caller == null ? null : caller.subject();
        Locale language = LocaleContextHolder.getLocale();
        CommentList list = comments.list(listedIn, order == CommentOrder.MOST_REPLIES);
        return CommentPages.page(list, order, after, limit, positions -> comments.at(listedIn, positions))
                .map(comment -> VisibleComment.of(comment, moderator, callerId, now, language));
    }

    private VisibleComment visible(Comment comment, Caller caller) {
        return VisibleComment.of(comment, caller != null && caller.isModeratorOf(owner.id()),
                caller == null ? null : caller.subject(), clock.instant(), LocaleContextHolder.getLocale());
    }

    private void requireKnown(CommentTarget targetType, String targetId) {
        if (targetType == CommentTarget.IDEA && ideas.find(targetId).isEmpty()) {
            throw new NotFoundException("idea", targetId);
        }
    }

    private Comment existing(String commentId) {
        return comments.find(commentId).orElseThrow(() -> new NotFoundException("comment", commentId));
    }

    private Caller signedIn() {
        return access.caller().orElseThrow(() -> new AccessDeniedException("authentication required"));
    }
}
