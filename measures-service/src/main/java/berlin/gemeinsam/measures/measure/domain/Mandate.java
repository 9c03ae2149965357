package berlin.gemeinsam.measures.measure.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a measure is entrusted with (Mandat und Verbindlichkeit): the role that answers for it, the budget planned
 * and spent so far in euros (to the cent), the staff capacity in person-days, and the competences granted to it.
 * Any part may still be open while the measure is proposed; a measure is planned only with a complete mandate.
 */
public record Mandate(String responsibleRole, BigDecimal budgetPlanned, BigDecimal budgetSpent,
                      BigDecimal staffCapacityPersonDays, String competencesGranted) {

    public Mandate {
        budgetPlanned = euros(budgetPlanned, "budgetPlanned");
        budgetSpent = euros(budgetSpent == null ? BigDecimal.ZERO : budgetSpent, "budgetSpent");
        requireNonNegative(staffCapacityPersonDays, "staffCapacityPersonDays");
    }

    /** The mandate of a measure proposed without one: nothing granted yet. */
    public static Mandate open() {
        return new Mandate(null, null, null, null, null);
    }

    /** A role answers for it, and its budget, staff capacity and competences are granted. */
    public boolean isComplete() {
        return responsibleRole != null && !responsibleRole.isBlank() && budgetPlanned != null
                && staffCapacityPersonDays != null && competencesGranted != null && !competencesGranted.isBlank();
    }

    private static BigDecimal euros(BigDecimal amount, String name) {
        requireNonNegative(amount, name);
        if (amount != null && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(name + " is euros to the cent: " + amount);
        }
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void requireNonNegative(BigDecimal amount, String name) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + amount);
        }
    }
}
