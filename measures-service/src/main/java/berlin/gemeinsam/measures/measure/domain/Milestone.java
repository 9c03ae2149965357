package berlin.gemeinsam.measures.measure.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A step of a measure that is due by a date and done on one (null while open). */
public record Milestone(String id, String title, LocalDate dueDate, LocalDate doneDate) {

    public Milestone {
        Objects.requireNonNull(id, "a milestone's id");
        Objects.requireNonNull(title, "a milestone's title");
        Objects.requireNonNull(dueDate, "a milestone's due date");
    }

    /** Open after its due date. */
    public boolean isOverdueOn(LocalDate today) {
        return doneDate == null && dueDate.isBefore(today);
    }

    public boolean isDone() {
        return doneDate != null;
    }
}
