package berlin.gemeinsam.ideas.idea.domain;

/**
 * The ids by which each giving and each withdrawal of a support is counted once. A support given, withdrawn and
 * given again keeps its id, but each of its events has a later {@code ce_sequence} (the support's version), which
 * tells a new giving from a repeated delivery of the last one.
 */
public final class SupportGivings {

    /** The {@code ce_sequence} of the events of an aggregate's first version (EventSequence). */
    private static final String FIRST_VERSION = "0000000000000000000.";

    private SupportGivings() {
    }

    /**
     * A giving of the support: its first giving (version 0) by the support's id alone, as supports given before they
     * could be withdrawn were counted, each later one by the id and the sequence.
     */
    public static String givingId(String supportId, String sequence) {
        boolean firstGiving = sequence == null || sequence.startsWith(FIRST_VERSION);
        return firstGiving ? supportId : supportId + "@" + sequence;
    }

    /** A withdrawal of the support, by the id and the sequence. */
    public static String withdrawalId(String supportId, String sequence) {
        return sequence == null ? supportId : supportId + "@" + sequence;
    }
}
