package berlin.gemeinsam.participation.privacy.application;

import berlin.gemeinsam.participation.privacy.domain.ParticipantErasure;

import java.util.List;
import java.util.Optional;

/** The erasures requested in this unit, each stored with the event announcing it. */
public interface ParticipantErasures {

    Optional<ParticipantErasure> find(String id);

    /**
     * Stores a new erasure with its events.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when a concurrent request stored it first
     */
    void add(ParticipantErasure erasure, List<? extends Record> events);

    /**
     * Stores an erasure read at its version with the events of the change.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read
     */
    void save(ParticipantErasure erasure, List<? extends Record> events);
}
