package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.stakeholders.domain.InvitationTarget;

/** What a code can invite to: the ideas known here as published and the unit's dialog formats. */
public interface InvitationTargets {

    /** Whether there is such an idea or format here to invite to. */
    boolean exists(InvitationTarget type, String id);
}
