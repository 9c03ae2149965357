package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.stakeholders.domain.InvitedContribution;

import java.util.Collection;
import java.util.Map;

/**
 * The supports, comments and registrations that arrived through invitation codes: each keeps the code it came
 * through, so a code's reach is counted from the contributions themselves.
 */
public interface AttributedContributions {

    /** Per kind, how many contributions arrived through each of the codes; codes without any are missing. */
    Map<InvitedContribution, Map<String, Long>> countByInvitationCode(Collection<String> codes);
}
