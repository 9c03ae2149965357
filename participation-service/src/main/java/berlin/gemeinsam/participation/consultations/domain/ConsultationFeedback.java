package berlin.gemeinsam.participation.consultations.domain;

import berlin.gemeinsam.events.participation.ConsultationFeedbackGiven;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant's feedback on a measure under consultation: an answer, a text and the helix group they speak for.
 * A participant gives one feedback per measure: its id follows from the measure and the participant, so giving it
 * again changes it instead of adding a second.
 */
public class ConsultationFeedback {

    private final String id;
    private final String measureId;
    /** Pseudonymous; events name only the helix group. After the participant's erasure, their tombstone. */
    private String participantId;
    private HelixGroup helixGroup;
    private FeedbackAnswer answer;
    private String text;
    private final Instant givenAt;
    private Instant changedAt;
    private final long version;

    ConsultationFeedback(String id, String measureId, String participantId, HelixGroup helixGroup,
                         FeedbackAnswer answer, String text, Instant givenAt, Instant changedAt, long version) {
        this.id = id;
        this.measureId = measureId;
        this.participantId = participantId;
        this.helixGroup = helixGroup;
        this.answer = answer;
        this.text = text;
        this.givenAt = givenAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    public static Given give(String unit, String measureId, String participantId, HelixGroup helixGroup,
                             FeedbackAnswer answer, String text, Instant now) {
        Objects.requireNonNull(participantId, "feedback needs its participant");
        Objects.requireNonNull(helixGroup, "feedback is given on behalf of a helix group");
        Objects.requireNonNull(answer, "feedback needs its answer");
        ConsultationFeedback feedback = new ConsultationFeedback(idOf(unit, measureId, participantId), measureId,
                participantId, helixGroup, answer, text, now, now, 0);
        return new Given(feedback, feedback.event(unit, now));
    }

    /** The participant changes their feedback; the event tells the new answer. */
    public ConsultationFeedbackGiven change(String unit, HelixGroup group, FeedbackAnswer newAnswer, String newText,
                                            Instant now) {
        helixGroup = Objects.requireNonNull(group, "feedback is given on behalf of a helix group");
        answer = Objects.requireNonNull(newAnswer, "feedback needs its answer");
        text = newText;
        changedAt = now;
        return event(unit, now);
    }

    private ConsultationFeedbackGiven event(String unit, Instant now) {
        return new ConsultationFeedbackGiven(id, measureId, unit, answer.name(), helixGroup.name(), now);
    }

    /**
     * The participant was erased: the answer and helix group stay, for the consultation's anonymous counts, given by
     * the {@code tombstone} that stands for them; their text is removed.
     */
    public void erase(String tombstone, Instant now) {
        participantId = Objects.requireNonNull(tombstone, "an erased participant is replaced by a tombstone");
        text = null;
        changedAt = now;
    }

    public static String idOf(String unit, String measureId, String participantId) {
        return UUID.nameUUIDFromBytes((unit + "/feedback/" + measureId + "/" + participantId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String getId() {
        return id;
    }

    public String getMeasureId() {
        return measureId;
    }

    public String getParticipantId() {
        return participantId;
    }

    public HelixGroup getHelixGroup() {
        return helixGroup;
    }

    public FeedbackAnswer getAnswer() {
        return answer;
    }

    public String getText() {
        return text;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }

    /** New feedback and the event it causes. */
    public record Given(ConsultationFeedback feedback, ConsultationFeedbackGiven event) {
    }
}
