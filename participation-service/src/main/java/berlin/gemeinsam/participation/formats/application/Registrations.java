package berlin.gemeinsam.participation.formats.application;

import berlin.gemeinsam.participation.formats.domain.Registration;

import java.util.List;
import java.util.Optional;

/** The registrations for this unit's dialog formats, each stored with the events that tell its participant. */
public interface Registrations {

    /**
     * Stores a new registration with its events.
     *
     * @throws berlin.gemeinsam.platform.errors.DuplicateException when the participant's registration exists already
     */
    void add(Registration registration, List<? extends Record> events);

    /**
     * Stores a registration read at its version with the events of the change.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read
     */
    void save(Registration registration, List<? extends Record> events);

    Optional<Registration> find(String id);

    /** The participant's registrations for this unit's formats, cancelled ones included. */
    List<Registration> ofParticipant(String participantId);

    /** A format's registrations, cancelled ones included, the earliest first. */
    List<Registration> ofFormat(String formatId);
}
