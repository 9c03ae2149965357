package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/**
 * A participant answered the consultation on a measure, or changed their answer while it was open: the feedback's
 * id stays the same, and the newest {@code ce_sequence} is their answer. Like a support it names only the helix
 * group, not the person; the text stays in participation-service.
 *
 * @param answer {@code AGREE}, {@code PARTLY} or {@code DISAGREE}
 */
@EventType(value = "berlin.gemeinsam.consultation.feedback-given.v1", stream = EventStream.PARTICIPATION)
public record ConsultationFeedbackGiven(
        String feedbackId,
        String measureId,
        String unit,
        String answer,
        String helixGroup,
        Instant givenAt) {
}
