package berlin.gemeinsam.ideas.central.domain;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaArchived;
import berlin.gemeinsam.events.ideas.IdeaEdited;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.events.ideas.IdeaShortlisted;
import berlin.gemeinsam.events.ideas.IdeaWithdrawn;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the central view knows of one unit's published idea, built from the unit's idea events alone.
 *
 * <p>Events of one idea may arrive twice or out of order (a relay sends again what it sent before a crash, a consumer
 * reads again after a rebalance). Each event carries its place in the idea's order ({@code ce_sequence}), and the view
 * keeps the newest place it applied for each of the two things events change: the content (published, edited,
 * withdrawn) and the status (every event). An event changes a thing only if it is newer than what the view applied
 * to it, so an older or repeated event changes nothing there. Keeping two places instead of one lets a late publication
 * still fill in the content of an idea whose later shortlisting arrived first (which created the idea with the title
 * it carries), without taking its status back.
 *
 * <p>Events written before the outboxes recorded sequences have none: they all come before every event with one,
 * so they apply only as long as nothing with a sequence did, in the order they arrive (which Kafka keeps per idea).
 */
public class CentralIdea {

    /** The publication month is counted in Berlin's time, where the ideas are published. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Set<IdeaStatus> SHOWN_AFTER_EDIT = EnumSet.of(IdeaStatus.PUBLISHED, IdeaStatus.SHORTLISTED);

    private final String id;
    private String unit;
    private String title;
    private String problem;
    private String proposal;
    private String category;
    private List<String> principles;
    private Double latitude;
    private Double longitude;
    private String language;
    /** Null while the view knows only supports of the idea, none of its own events. */
    private IdeaStatus status;
    private Instant publishedAt;
    /** {@code yyyy-MM} of the publication in Berlin, counted by the statistics. */
    private String publishedMonth;
    private long supportCount;
    /**
     * The number of different withdrawals of supports counted so far. Not a constructor parameter: ideas stored before
     * supports could be withdrawn have none.
     */
    private long withdrawnSupportCount;
    private String contentSequence;
    private String statusSequence;
    /** When the view of the idea last changed, by the central instance's clock: the search follows changes by it. */
    private Instant changedAt;
    private final long version;
    /**
     * The idea a merged one was merged into. Not a constructor parameter: the store sets it when it is there, and
     * views stored before merges were followed have none.
     */
    private String mergedInto;

    CentralIdea(String id, String unit, String title, String problem, String proposal, String category,
                List<String> principles, Double latitude, Double longitude, String language, IdeaStatus status,
                Instant publishedAt, String publishedMonth, long supportCount, String contentSequence,
                String statusSequence, Instant changedAt, long version) {
        this.id = id;
        this.unit = unit;
        this.title = title;
        this.problem = problem;
        this.proposal = proposal;
        this.category = category;
        this.principles = principles == null ? List.of() : List.copyOf(principles);
        this.latitude = latitude;
        this.longitude = longitude;
        this.language = language;
        this.status = status;
        this.publishedAt = publishedAt;
        this.publishedMonth = publishedMonth;
        this.supportCount = supportCount;
        this.contentSequence = contentSequence;
        this.statusSequence = statusSequence;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** An idea the view has not seen yet; it is stored only once an event changed it. */
    public static CentralIdea unseen(String id) {
        return new CentralIdea(id, null, null, null, null, null, List.of(), null, null, null, null, null, null, 0,
                null, null, null, 0);
    }

    /**
     * Whether an event at {@code candidate} is newer than the one at {@code applied}; sequences of one idea compare as
     * text (the CloudEvents sequence extension), and events without one come before every event with one.
     */
    static boolean isNewer(String candidate, String applied) {
        if (candidate == null) {
            return applied == null;
        }
        return applied == null || candidate.compareTo(applied) > 0;
    }

    /** idea.published.v1: the content it carries; principles, location and language stay as the view knows them. */
    public boolean published(IdeaPublished event, String sequence, Instant now) {
        boolean changed = ownedBy(event.unit()) | publishedAt(event.publishedAt());
        if (isNewer(sequence, contentSequence)) {
            title = event.title();
            problem = event.problem();
            proposal = event.proposal();
            category = event.category();
            contentSequence = sequence;
            changed = true;
        }
        return touched(changed | status(IdeaStatus.PUBLISHED, sequence), now);
    }

    /** idea.published.v2: the whole content. */
    public boolean published(IdeaPublishedV2 event, String sequence, Instant now) {
        boolean changed = ownedBy(event.unit()) | publishedAt(event.publishedAt());
        if (isNewer(sequence, contentSequence)) {
            content(event.title(), event.problem(), event.proposal(), event.category(), event.principles(),
                    event.latitude(), event.longitude(), event.language(), sequence);
            changed = true;
        }
        return touched(changed | status(IdeaStatus.PUBLISHED, sequence), now);
    }

    /** An edit of a public idea; edits while it was submitted are not public and change nothing. */
    public boolean edited(IdeaEdited event, String sequence, Instant now) {
        IdeaStatus editedIn = statusNamed(event.status());
        if (!SHOWN_AFTER_EDIT.contains(editedIn)) {
            return false;
        }
        boolean changed = ownedBy(event.unit());
        if (isNewer(sequence, contentSequence)) {
            content(event.title(), event.problem(), event.proposal(), event.category(), event.principles(),
                    event.latitude(), event.longitude(), event.language(), sequence);
            changed = true;
        }
        return touched(changed | status(editedIn, sequence), now);
    }

    public boolean shortlisted(IdeaShortlisted event, String sequence, Instant now) {
        boolean changed = ownedBy(event.unit()) | titleIfUnknown(event.title());
        return touched(changed | status(IdeaStatus.SHORTLISTED, sequence), now);
    }

    public boolean adopted(IdeaAdopted event, String sequence, Instant now) {
        boolean changed = ownedBy(event.unit()) | titleIfUnknown(event.title());
        return touched(changed | status(IdeaStatus.ADOPTED, sequence), now);
    }

    public boolean archived(IdeaArchived event, String sequence, Instant now) {
        boolean changed = ownedBy(event.unit());
        return touched(changed | status(IdeaStatus.ARCHIVED, sequence), now);
    }

    /**
     * A moderator merged the public idea into another one of its unit: it leaves the view (the survivor is shown),
     * pointing to the survivor. One merged before publication was never public.
     */
    public boolean merged(IdeaMerged event, String sequence, Instant now) {
        if (!IdeaStatus.PUBLIC.contains(statusNamed(event.previousState()))) {
            return false;
        }
        boolean changed = ownedBy(event.unit()) | titleIfUnknown(event.title());
        if (!status(IdeaStatus.MERGED, sequence)) {
            return touched(changed, now);
        }
        mergedInto = event.survivingIdeaId();
        return touched(true, now);
    }

    /**
     * The author took the idea back: a published one leaves the view's content (only that it was withdrawn stays, so
     * that a late publication does not bring it back); one withdrawn before publication was never public.
     */
    public boolean withdrawn(IdeaWithdrawn event, String sequence, Instant now) {
        if (!IdeaStatus.PUBLIC.contains(statusNamed(event.previousStatus()))) {
            return false;
        }
        boolean changed = ownedBy(event.unit());
        if (isNewer(sequence, contentSequence)) {
            content(null, null, null, null, List.of(), null, null, null, sequence);
            changed = true;
        }
        return touched(changed | status(IdeaStatus.WITHDRAWN, sequence), now);
    }

    /**
     * The number of different supports counted for the idea so far; the count only grows, so a smaller one (read
     * before a support counted at the same time) changes nothing.
     */
    public boolean supportsCounted(long supports, Instant now) {
        if (supports <= supportCount) {
            return false;
        }
        supportCount = supports;
        return touched(true, now);
    }

    /** The number of different withdrawals counted for the idea so far; like the supports' count it only grows. */
    public boolean withdrawalsCounted(long withdrawals, Instant now) {
        if (withdrawals <= withdrawnSupportCount) {
            return false;
        }
        withdrawnSupportCount = withdrawals;
        return touched(true, now);
    }

    /** Whether the view shows the idea: what everybody may read of it in its unit. */
    public boolean isShown() {
        return status != null && IdeaStatus.PUBLIC.contains(status);
    }

    /** A status by its name; one this view does not know (a unit's newer version may add some) is none it shows. */
    private static IdeaStatus statusNamed(String name) {
        for (IdeaStatus status : IdeaStatus.values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }

    private boolean status(IdeaStatus next, String sequence) {
        if (!isNewer(sequence, statusSequence)) {
            return false;
        }
        status = next;
        statusSequence = sequence;
        return true;
    }

    private void content(String title, String problem, String proposal, String category, List<String> principles,
                         Double latitude, Double longitude, String language, String sequence) {
        this.title = title;
        this.problem = problem;
        this.proposal = proposal;
        this.category = category;
        this.principles = principles == null ? List.of() : List.copyOf(principles);
        this.latitude = latitude;
        this.longitude = longitude;
        this.language = language;
        this.contentSequence = sequence;
    }

    /** A later event may arrive before any with the content: it shows what it carries until the content arrives. */
    private boolean titleIfUnknown(String knownTitle) {
        if (title != null || contentSequence != null || knownTitle == null || status == IdeaStatus.WITHDRAWN) {
            return false;
        }
        title = knownTitle;
        return true;
    }

    private boolean ownedBy(String owningUnit) {
        if (owningUnit == null || owningUnit.equals(unit)) {
            return false;
        }
        unit = owningUnit;
        return true;
    }

    private boolean publishedAt(Instant at) {
        if (at == null || at.equals(publishedAt)) {
            return false;
        }
        publishedAt = at;
        publishedMonth = YearMonth.from(at.atZone(BERLIN)).toString();
        return true;
    }

    private boolean touched(boolean changed, Instant now) {
        if (changed) {
            changedAt = now;
        }
        return changed;
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

    public String getCategory() {
        return category;
    }

    public List<String> getPrinciples() {
        return principles;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getLanguage() {
        return language;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedMonth() {
        return publishedMonth;
    }

    /** The supports standing: those counted less those withdrawn, never below zero. */
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
}
