package berlin.gemeinsam.ideas.central.application;

/**
 * The supports the central view has seen, each giving once by its id, with the idea it is for, and apart from them
 * the withdrawals of supports, each once by its id.
 */
public interface CentralSupports {

    /** Records the support; one recorded before stays as it is. */
    void add(String supportId, String ideaId);

    /** How many different supports of the idea were recorded. */
    long countFor(String ideaId);

    /** Records the withdrawal of a support of the idea; one recorded before stays as it is. */
    void addWithdrawal(String withdrawalId, String ideaId);

    /** How many different withdrawals of supports of the idea were recorded. */
    long countWithdrawalsFor(String ideaId);
}
