package berlin.gemeinsam.web.measures.application;

/**
 * A review as typed: its date (ISO), assessment, decisions and lessons; optionally one indicator's new target (and
 * target date), and a health set against the derived one with its reason. Checked by measures-service.
 */
public record NewReview(String date, String assessment, String decisions, String lessons, String indicatorId,
                        String newTarget, String newTargetDate, String health, String healthReason) {
}
