package berlin.gemeinsam.ideas.idea.application;

import java.util.OptionalLong;

/**
 * Which support holds which place in an idea's count of supports, and which withdrawal of a support holds which
 * place in its count of withdrawals. Each place is held by one support at most, and
 * a support that holds a place keeps it.
 */
public interface SupportPlaces {

    /** The place the support holds among the idea's supports, if it took one. */
    OptionalLong placeOf(String ideaId, String supportId);

    /** Takes the place for the support; false when another support holds it already. */
    boolean take(String ideaId, long place, String supportId);

    /** The place the withdrawal holds among the idea's withdrawals, if it took one. */
    OptionalLong withdrawalPlaceOf(String ideaId, String withdrawalId);

    /** Takes the place among the withdrawals; false when another withdrawal holds it already. */
    boolean takeWithdrawal(String ideaId, long place, String withdrawalId);
}
