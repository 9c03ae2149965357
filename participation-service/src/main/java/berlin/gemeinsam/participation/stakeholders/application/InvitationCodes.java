package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;

import java.util.List;
import java.util.Optional;

/** The invitation codes of this unit's multipliers. */
public interface InvitationCodes {

    /**
     * Adds a new code.
     *
     * @throws berlin.gemeinsam.platform.errors.DuplicateException when the code exists already
     */
    void add(InvitationCode code);

    /**
     * Stores the changed code read at its version.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was read
     */
    void save(InvitationCode code);

    Optional<InvitationCode> find(String code);

    /** A multiplier's codes, the oldest first. */
    List<InvitationCode> ofMultiplier(String multiplierId);
}
