package berlin.gemeinsam.web.measures.application;

import java.time.LocalDate;

/** A milestone; {@code overdue} when it is open after its due date. */
public record Milestone(String id, String title, LocalDate dueDate, LocalDate doneDate, boolean overdue) {
}
