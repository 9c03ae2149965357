package berlin.gemeinsam.ideas.central.application;

/** The supports the central view has seen, each once by its id, with the idea it is for. */
public interface CentralSupports {

    /** Records the support; one recorded before stays as it is. */
    void add(String supportId, String ideaId);

    /** How many different supports of the idea were recorded. */
    long countFor(String ideaId);
}
