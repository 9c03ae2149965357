package berlin.gemeinsam.ideas.idea.domain;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclined;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclinedV2;
import berlin.gemeinsam.events.ideas.IdeaArchived;
import berlin.gemeinsam.events.ideas.IdeaEdited;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.events.ideas.IdeaRejected;
import berlin.gemeinsam.events.ideas.IdeaShortlisted;
import berlin.gemeinsam.events.ideas.IdeaWithdrawn;
import berlin.gemeinsam.platform.errors.StateConflictException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An idea of the Arena der Ideen. The problem comes first and is required: the strategy asks to understand
 * a problem before setting goals, so a proposal alone is no idea.
 */
public class Idea {

    /** What an idea may be merged into: an open or adopted one. */
    private static final Set<IdeaStatus> SURVIVORS =
            EnumSet.of(IdeaStatus.SUBMITTED, IdeaStatus.PUBLISHED, IdeaStatus.SHORTLISTED, IdeaStatus.ADOPTED);

    private static final String ERASED_TITLE_DE = "Gelöschte Idee";
    private static final String ERASED_TITLE_EN = "Deleted idea";
    private static final String ERASED_PROBLEM_DE =
            "Diese Idee wurde auf Wunsch der Person gelöscht, die sie eingereicht hat.";
    private static final String ERASED_PROBLEM_EN =
            "This idea was deleted at the request of the person who submitted it.";

    private final String id;
    private final String unit;
    private String title;
    private String problem;
    private String proposal;
    private Category category;
    private Set<GuidingPrinciple> principles;
    private Location location;
    private Language language;
    /** The submitting participant's pseudonymous id; after their erasure, the tombstone that stands for them. */
    private String authorId;
    private final Instant submittedAt;
    private IdeaStatus status;
    private Instant publishedAt;
    private String measureId;
    private Instant adoptedAt;
    /** Why a moderator rejected the idea, shown to its author. */
    private String rejectionReason;
    /** When the idea left the open states other than by adoption: rejected, withdrawn, archived or merged. */
    private Instant closedAt;
    /** Every change of the idea, oldest first; stored with the idea, so a change and its entry are written at once. */
    private final List<HistoryEntry> history;
    /** How many supports are counted, which is also the place the last counted support holds. */
    private long supportCount;
    /**
     * How many withdrawals of supports are counted, which is also the place the last counted withdrawal holds. Not a
     * constructor parameter: ideas stored before supports could be withdrawn have none.
     */
    private long withdrawnSupportCount;
    /**
     * When the idea last changed, a support counted included: the search index follows changes by it, and an idea
     * without activity for long is archived by it. Ideas stored before it was kept count from their submission.
     */
    private Instant changedAt;
    private final long version;
    /**
     * The free-text category of an idea stored before the fixed list of fields of action, when it named none of them;
     * kept so that nothing the author wrote is lost and a moderator can pick the field. Set by the store's conversion
     * of such ideas only.
     */
    private String formerCategory;
    /**
     * The idea this one was merged into as its duplicate. Not a constructor parameter: the store sets it when it is
     * there, and ideas stored before merging existed have none.
     */
    private String mergedInto;
    /**
     * The measures this idea declined: a measure asking again (its proposal read in v1 and v2, or linked after it
     * was proposed from the idea) is answered once. Not a constructor parameter, like {@link #mergedInto}; ideas
     * stored before it was kept have none.
     */
    private List<String> declinedMeasures;

    Idea(String id, String unit, String title, String problem, String proposal, Category category,
         Set<GuidingPrinciple> principles, Location location, Language language, String authorId,
         Instant submittedAt, IdeaStatus status, Instant publishedAt, String measureId, Instant adoptedAt,
         String rejectionReason, Instant closedAt, List<HistoryEntry> history, long supportCount, Instant changedAt,
         long version) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.problem = problem;
        this.proposal = proposal;
        this.category = category;
        // ideas stored before principles and language existed have neither
        this.principles = IdeaContent.inOrder(principles);
        this.location = location;
        this.language = language == null ? Language.DE : language;
        this.authorId = authorId;
        this.submittedAt = submittedAt;
        this.status = status;
        this.publishedAt = publishedAt;
        this.measureId = measureId;
        this.adoptedAt = adoptedAt;
        this.rejectionReason = rejectionReason;
        this.closedAt = closedAt;
        // ideas stored before the history was kept start theirs with their next change
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.supportCount = supportCount;
        this.changedAt = changedAt == null ? submittedAt : changedAt;
        this.version = version;
    }

    public static Idea submit(String id, String unit, IdeaContent content, String authorId, Instant now) {
        Objects.requireNonNull(content, "an idea needs its content");
        List<HistoryEntry> history = List.of(new HistoryEntry("submit", null, IdeaStatus.SUBMITTED,
                Actor.participant(authorId), now, null));
        return new Idea(id, unit, content.title(), content.problem(), content.proposal(), content.category(),
                content.principles(), content.location(), content.language(), authorId, now, IdeaStatus.SUBMITTED,
                null, null, null, null, null, history, 0, now, 0);
    }

    /** Makes the idea public in the Arena der Ideen. */
    public IdeaPublished publish(Actor by, Instant now) {
        requireAllowed("publish");
        moveTo(IdeaStatus.PUBLISHED, "publish", by, now, null);
        publishedAt = now;
        return new IdeaPublished(id, unit, title, problem, proposal, category == null ? null : category.name(), now);
    }

    /**
     * The published idea with all its content (idea.published.v2), written after v1 in the same change, until v1's
     * consumers read v2.
     */
    public IdeaPublishedV2 publication() {
        if (publishedAt == null) {
            throw new IllegalStateException("idea " + id + " is not published");
        }
        return new IdeaPublishedV2(id, unit, title, problem, proposal, category == null ? null : category.name(),
                principles.stream().map(Enum::name).toList(), location == null ? null : location.latitude(),
                location == null ? null : location.longitude(), language.name().toLowerCase(Locale.ROOT),
                publishedAt);
    }

    /** A moderator refuses the submitted idea; the reason is shown to its author. */
    public IdeaRejected reject(String reason, Actor by, Instant now) {
        Objects.requireNonNull(reason, "a rejection needs its reason");
        requireAllowed("reject");
        moveTo(IdeaStatus.REJECTED, "reject", by, now, reason);
        rejectionReason = reason;
        closedAt = now;
        return new IdeaRejected(id, unit, reason, now);
    }

    /** The author takes back the idea, submitted or published. */
    public IdeaWithdrawn withdraw(Instant now) {
        requireAllowed("withdraw");
        IdeaStatus previous = status;
        moveTo(IdeaStatus.WITHDRAWN, "withdraw", Actor.participant(authorId), now, null);
        closedAt = now;
        return new IdeaWithdrawn(id, unit, previous.name(), now);
    }

    /** Puts the published idea on the shortlist of ideas the unit considers taking up as measures. */
    public IdeaShortlisted shortlist(Actor by, Instant now) {
        requireAllowed("shortlist");
        moveTo(IdeaStatus.SHORTLISTED, "shortlist", by, now, null);
        return new IdeaShortlisted(id, unit, title, now);
    }

    /** Archives the published or shortlisted idea: it stays readable, but nothing more happens to it. */
    public IdeaArchived archive(String reason, Actor by, Instant now) {
        requireAllowed("archive");
        IdeaStatus previous = status;
        moveTo(IdeaStatus.ARCHIVED, "archive", by, now, reason);
        closedAt = now;
        return new IdeaArchived(id, unit, previous.name(), reason, now);
    }

    /** The author rewrites the idea, which they may only until it is moderated. */
    public IdeaEdited editByAuthor(IdeaContent content, Instant now) {
        if (status != IdeaStatus.SUBMITTED) {
            List<String> allowedToTheAuthor = status.allows("withdraw") ? List.of("withdraw") : List.of();
            throw new StateConflictException("idea", status.name(), "edit by the author", allowedToTheAuthor);
        }
        return edit(content, Actor.participant(authorId), now);
    }

    /** A moderator corrects the idea while it is open: submitted, published or shortlisted. */
    public IdeaEdited editByModerator(IdeaContent content, Actor by, Instant now) {
        requireAllowed("edit");
        return edit(content, by, now);
    }

    private IdeaEdited edit(IdeaContent content, Actor by, Instant now) {
        Objects.requireNonNull(content, "an edit needs the idea's content");
        moveTo(status, "edit", by, now, null);
        title = content.title();
        problem = content.problem();
        proposal = content.proposal();
        category = content.category();
        principles = content.principles();
        location = content.location();
        language = content.language();
        return new IdeaEdited(id, unit, status.name(), title, problem, proposal,
                category == null ? null : category.name(), principles.stream().map(Enum::name).toList(),
                location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                language.name().toLowerCase(Locale.ROOT), now);
    }

    /**
     * Answers a measure proposed from this idea. A published or shortlisted idea is adopted as the measure
     * ({@link IdeaAdopted}); adopting it again as the same measure changes nothing, which keeps a redelivered
     * event harmless. Any other measure is declined ({@link IdeaAdoptionDeclinedV2}), the idea unchanged: the
     * measure's unit proposed it in good faith (two units can both see the idea free), so this is an answer it
     * needs, not a failure. A measure is answered once: asking again (v1 and v2 of its proposal) changes nothing.
     */
    public Optional<Record> adoptAs(String adoptingMeasureId, String measureUnit, Instant now) {
        if (status == IdeaStatus.ADOPTED && adoptingMeasureId.equals(measureId)) {
            return Optional.empty();
        }
        if (declinedMeasures != null && declinedMeasures.contains(adoptingMeasureId)) {
            return Optional.empty();
        }
        if (!status.allows("adopt")) {
            String reason = status == IdeaStatus.ADOPTED ? IdeaAdoptionDeclined.ALREADY_ADOPTED
                    : IdeaAdoptionDeclined.NOT_PUBLISHED;
            declinedMeasures = declinedMeasures == null ? new ArrayList<>() : new ArrayList<>(declinedMeasures);
            declinedMeasures.add(adoptingMeasureId);
            return Optional.of(new IdeaAdoptionDeclinedV2(id, unit, adoptingMeasureId, measureUnit, reason,
                    status.name(), measureId, now));
        }
        moveTo(IdeaStatus.ADOPTED, "adopt", Actor.measureOf(measureUnit), now, null);
        measureId = adoptingMeasureId;
        adoptedAt = now;
        return Optional.of(new IdeaAdopted(id, unit, title, adoptingMeasureId, measureUnit, now));
    }

    /**
     * A moderator marks this open idea as a duplicate of {@code survivor}, another idea of the unit that is open or
     * adopted and not merged itself; an idea the public could read goes only into one the public can read, so its
     * readers can follow it there. Merging it again into the same survivor changes nothing (a repeated request).
     *
     * @return the event, empty when the idea was merged into {@code survivor} before
     */
    public Optional<IdeaMerged> mergeInto(Idea survivor, Actor by, Instant now) {
        Objects.requireNonNull(survivor, "a merge needs the surviving idea");
        if (status == IdeaStatus.MERGED && survivor.id.equals(mergedInto)) {
            return Optional.empty();
        }
        requireAllowed("merge");
        if (survivor.id.equals(id)) {
            throw new StateConflictException("surviving-idea", status.name(), "merge into itself", List.of());
        }
        if (!SURVIVORS.contains(survivor.status) || isPublic() && !survivor.isPublic()) {
            throw new StateConflictException("surviving-idea", survivor.status.name(), "absorb " + id, List.of());
        }
        IdeaStatus previous = status;
        moveTo(IdeaStatus.MERGED, "merge", by, now, "merged into " + survivor.id);
        mergedInto = survivor.id;
        closedAt = now;
        return Optional.of(new IdeaMerged(id, unit, title, survivor.id, previous.name(), now));
    }

    /**
     * Notes in the history that this idea absorbed its {@code duplicate}; its supports and followers come over
     * through the duplicate's event. Noting it again changes nothing, so that a repeated merge can complete it.
     *
     * @return whether it was noted now
     */
    public boolean absorb(Idea duplicate, Actor by, Instant now) {
        String reason = "absorbed " + duplicate.id;
        boolean notedBefore = history.stream()
                .anyMatch(entry -> "absorb".equals(entry.change()) && reason.equals(entry.reason()));
        if (!id.equals(duplicate.mergedInto) || notedBefore) {
            return false;
        }
        moveTo(status, "absorb", by, now, reason);
        return true;
    }

    /** The place in the count the next support takes: supports are numbered 1, 2, … in the order they are counted. */
    public long nextSupportPlace() {
        return supportCount + 1;
    }

    /**
     * Counts the support that holds {@code place}. A place is taken only once the one before it is counted, so the
     * count is the highest counted place: a support holding a place up to it was counted before (a redelivered
     * support changes nothing), one holding the next place is counted now.
     *
     * @return whether the support was counted now
     */
    public boolean countSupportAt(long place, Instant now) {
        if (place <= supportCount) {
            return false;
        }
        if (place != nextSupportPlace()) {
            throw new IllegalStateException("support place " + place + " of idea " + id + " skips places after "
                    + supportCount);
        }
        supportCount = place;
        changedAt = now;
        return true;
    }

    /** The place in the count of withdrawals the next withdrawal takes, numbered like the supports' places. */
    public long nextWithdrawalPlace() {
        return withdrawnSupportCount + 1;
    }

    /**
     * Counts the withdrawal of a support that holds {@code place} among the withdrawals, by the same rule as
     * {@link #countSupportAt}. Supports and withdrawals are counted apart, each exactly once, so their order of
     * arrival does not matter: a withdrawal that arrives before its support lowers the count once the support is
     * counted too.
     *
     * @return whether the withdrawal was counted now
     */
    public boolean countWithdrawalAt(long place, Instant now) {
        if (place <= withdrawnSupportCount) {
            return false;
        }
        if (place != nextWithdrawalPlace()) {
            throw new IllegalStateException("withdrawal place " + place + " of idea " + id + " skips places after "
                    + withdrawnSupportCount);
        }
        withdrawnSupportCount = place;
        changedAt = now;
        return true;
    }

    /**
     * Shortlists the published idea when its counted supports reached the unit's {@code threshold} (0: the unit
     * shortlists by hand only). Made with the count that reaches it, in the same update; an idea shortlisted or
     * moved on already is not shortlisted again.
     */
    public Optional<IdeaShortlisted> shortlistOnReaching(long threshold, Instant now) {
        if (threshold <= 0 || status != IdeaStatus.PUBLISHED || getSupportCount() < threshold) {
            return Optional.empty();
        }
        moveTo(IdeaStatus.SHORTLISTED, "shortlist", Actor.system(unit), now,
                "Schwelle von " + threshold + " Unterstützungen erreicht");
        return Optional.of(new IdeaShortlisted(id, unit, title, now));
    }

    /**
     * Archives the published or shortlisted idea when nothing happened to it (no change, no counted support) for
     * {@code inactivity} (zero: never); an idea in any other state, or active since, stays as it is.
     */
    public Optional<IdeaArchived> archiveWhenInactive(Duration inactivity, Instant now) {
        if (inactivity.isZero() || inactivity.isNegative() || !status.allows("archive")
                || !isInactiveSince(now.minus(inactivity))) {
            return Optional.empty();
        }
        return Optional.of(archive("Automatisch archiviert: seit " + describe(inactivity) + " ohne Aktivität",
                Actor.system(unit), now));
    }

    /** Whether the idea last changed before {@code cutoff}. */
    private boolean isInactiveSince(Instant cutoff) {
        return changedAt.isBefore(cutoff);
    }

    private static String describe(Duration inactivity) {
        long days = inactivity.toDays();
        if (days >= 1 && inactivity.equals(Duration.ofDays(days))) {
            return days == 1 ? "1 Tag" : days + " Tagen";
        }
        return inactivity.toString();
    }

    /**
     * The author was erased (participant.erased.v1): the idea no longer names them, neither as its author nor in its
     * history, but the {@code tombstone}. A submitted idea, which nobody but the author and the moderators ever read,
     * is withdrawn as the author could have done; and an idea never published loses its content, which was theirs
     * alone, to a placeholder in its language. A published idea keeps its content: it is part of the public
     * discussion, its supports and the measures that took it up.
     *
     * @return the events of the change: the withdrawal of a submitted idea; nothing for another author's idea
     */
    public List<Record> eraseAuthor(String participantId, String tombstone, Instant now) {
        Objects.requireNonNull(tombstone, "an erased author is replaced by a tombstone");
        if (!authorId.equals(participantId)) {
            return List.of();
        }
        history.replaceAll(entry -> participantId.equals(entry.by().participantId())
                ? new HistoryEntry(entry.change(), entry.from(), entry.to(), Actor.participant(tombstone), entry.at(),
                entry.reason())
                : entry);
        authorId = tombstone;
        List<Record> events = new ArrayList<>();
        if (status == IdeaStatus.SUBMITTED) {
            events.add(withdraw(now));
        }
        if (publishedAt == null) {
            title = language == Language.EN ? ERASED_TITLE_EN : ERASED_TITLE_DE;
            problem = language == Language.EN ? ERASED_PROBLEM_EN : ERASED_PROBLEM_DE;
            proposal = null;
            location = null;
        }
        changedAt = now;
        return events;
    }

    /** A merged idea stays as readable as it was: public when it had been published. */
    public boolean isPublic() {
        return IdeaStatus.PUBLIC.contains(status) || status == IdeaStatus.MERGED && publishedAt != null;
    }

    private void moveTo(IdeaStatus next, String change, Actor by, Instant now, String reason) {
        Objects.requireNonNull(by, "a change needs who made it");
        history.add(new HistoryEntry(change, status, next, by, now, reason));
        status = next;
        changedAt = now;
    }

    private void requireAllowed(String change) {
        if (!status.allows(change)) {
            throw new StateConflictException("idea", status.name(), change, status.allowedChanges());
        }
    }

    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getProposal() {
        return proposal;
    }

    public Category getCategory() {
        return category;
    }

    public Set<GuidingPrinciple> getPrinciples() {
        return principles;
    }

    public Location getLocation() {
        return location;
    }

    public Language getLanguage() {
        return language;
    }

    public String getAuthorId() {
        return authorId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getMeasureId() {
        return measureId;
    }

    public Instant getAdoptedAt() {
        return adoptedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<HistoryEntry> getHistory() {
        return List.copyOf(history);
    }

    /**
     * The supports standing: those counted less those withdrawn, never below zero while a withdrawal has arrived
     * before its support.
     */
    public long getSupportCount() {
        return Math.max(0, supportCount - withdrawnSupportCount);
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public long getVersion() {
        return version;
    }

    public String getFormerCategory() {
        return formerCategory;
    }
}
