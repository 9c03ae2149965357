package berlin.gemeinsam.events.participation;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;

import java.time.Instant;

/** After a dialog format started, the unit recorded whether a registered participant came ({@code ATTENDED}) or not. */
@EventType(value = "berlin.gemeinsam.format.attendance-recorded.v1", stream = EventStream.PARTICIPATION)
public record FormatAttendanceRecorded(
        String registrationId,
        String formatId,
        String unit,
        String participantId,
        String attendance,
        Instant recordedAt) {
}
