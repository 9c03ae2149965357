package berlin.gemeinsam.participation.supports.application;

import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.participation.supports.domain.Support;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The supports given in this unit; a new support and its event are stored together. */
public interface Supports {

    /**
     * Adds a new support with its events. Of two concurrent supports by one participant exactly one is stored.
     *
     * @throws berlin.gemeinsam.platform.errors.DuplicateException when the participant supports the idea already
     */
    void add(Support support, List<? extends Record> events);

    Optional<Support> find(String id);

    /**
     * Stores the changed support read at its version together with the events of the change.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read
     */
    void save(Support support, List<? extends Record> events);

    /** The supports of an idea given in this unit. */
    List<Support> ofIdea(String ideaId);

    /** The supports the participant gave in this unit, withdrawn ones included. */
    List<Support> ofParticipant(String participantId);

    /** The number of standing supports of an idea per helix group; groups without supports are missing. */
    Map<HelixGroup, Long> countByHelixGroup(String ideaId);
}
