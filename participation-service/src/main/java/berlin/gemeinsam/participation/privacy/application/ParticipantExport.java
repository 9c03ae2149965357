package berlin.gemeinsam.participation.privacy.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything this unit's participation-service holds about a participant (GDPR Art. 15).
 *
 * @param data each part (supports, comments, …) with its records, a part holding nothing included as empty
 */
public record ParticipantExport(String participantId, String unit, Instant exportedAt, Map<String, List<?>> data) {
}
