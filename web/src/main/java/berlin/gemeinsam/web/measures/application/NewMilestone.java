package berlin.gemeinsam.web.measures.application;

/** A milestone as typed, dates as ISO dates ({@code 2027-03-31}); {@code doneDate} optional. */
public record NewMilestone(String title, String dueDate, String doneDate) {
}
