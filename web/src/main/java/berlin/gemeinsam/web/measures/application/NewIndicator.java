package berlin.gemeinsam.web.measures.application;

/** An indicator as typed; numbers and the date as text, checked by measures-service. */
public record NewIndicator(String name, String unitOfMeasurement, String baseline, String target, String targetDate,
                           String direction) {
}
