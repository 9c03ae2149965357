package berlin.gemeinsam.participation.supports.application;

import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.participation.SupportGiven;
import berlin.gemeinsam.participation.ideas.application.PublishedIdeas;
import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;
import berlin.gemeinsam.participation.participants.application.Participants;
import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.stakeholders.application.InvitationService;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationTarget;
import berlin.gemeinsam.participation.stakeholders.domain.InvitedContribution;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.participation.supports.domain.Support;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Supporting published ideas and counting their supports. */
@Service
public class SupportService {

    private static final Logger log = LoggerFactory.getLogger(SupportService.class);

    private final Supports supports;
    private final PublishedIdeas ideas;
    private final InvitationService invitations;
    private final Participants participants;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    SupportService(Supports supports, PublishedIdeas ideas, InvitationService invitations, Participants participants,
                   Access access, OwningUnit owner, Clock clock) {
        this.supports = supports;
        this.ideas = ideas;
        this.invitations = invitations;
        this.participants = participants;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    /**
     * Supports a published idea of any unit; the support and its event belong to this unit. Citizens support as
     * themselves: the participant is the token's subject. A support the participant withdrew is given again. Unless
     * {@code follow} is false, the supporter follows the idea: the request to notification-service is written with the
     * support, once per support. A support through a valid {@code invitationCode} for the idea is attributed to the
     * code's multiplier in the same write, once per support.
     */
    public Support give(String ideaId, String participantId, HelixGroup helixGroup, boolean follow,
                        String invitationCode) {
        access.citizenActingAs(participantId);
        PublishedIdea idea = publishedIdea(ideaId);
        idea.requireOpenForSupport();
        Optional<InvitationCode> invitation = invitations.validFor(invitationCode, InvitationTarget.IDEA,
                idea.getId());
        String supportId = Support.idOf(owner.id(), idea.getId(), participantId);
        // one document per participant and idea: a concurrent withdrawal or giving changes its version and retries
        return ConcurrentChanges.retry(() -> {
            Optional<Support> withdrawn = supports.find(supportId);
            if (withdrawn.isPresent()) {
                Support support = withdrawn.get();
                SupportGiven again = support.giveAgain(owner.id(), helixGroup, clock.instant());
                supports.save(support, withFollowAndInvitation(support, again, follow, invitation));
                return support;
            }
            Support.Given given = Support.give(owner.id(), idea.getId(), idea.getUnit(), participantId, helixGroup,
                    clock.instant());
            supports.add(given.support(), withFollowAndInvitation(given.support(), given.event(), follow,
                    invitation));
            return given.support();
        });
    }

    private List<Record> withFollowAndInvitation(Support support, SupportGiven given, boolean follow,
                                                 Optional<InvitationCode> invitation) {
        List<Record> events = new ArrayList<>(List.of(given, reported(support)));
        if (follow) {
            support.requestFollow(owner.id(), given.givenAt()).ifPresent(events::add);
        }
        invitation.filter(code -> support.arrivedThrough(code.getId()))
                .map(code -> code.redeemed(InvitedContribution.SUPPORT, support.getId(), support.getHelixGroup(),
                        given.givenAt()))
                .ifPresent(events::add);
        return events;
    }

    /**
     * The participant withdraws their support; a support withdrawn already, or none at all, stays as it is, so that a
     * repeated request changes nothing. Only the participant who gave it withdraws it.
     */
    public void withdraw(String ideaId, String supportId) {
        access.citizenActingAs(null);
        ConcurrentChanges.retry(() -> {
            Optional<Support> found = supports.find(supportId).filter(support -> support.getIdeaId().equals(ideaId));
            if (found.isEmpty()) {
                return supportId;
            }
            Support support = found.get();
            access.citizenActingAs(support.getParticipantId());
            support.withdraw(owner.id(), clock.instant())
                    .ifPresent(withdrawn -> supports.save(support, List.of(withdrawn, reported(support))));
            return supportId;
        });
    }

    /**
     * An idea was merged into the surviving one: each participant who supported it here supports the survivor too,
     * with the usual event, so the survivor's unit counts it. A participant who supports the survivor already keeps
     * that one support (a withdrawn one stays withdrawn), a withdrawn support is not carried over, and a redelivered
     * merge adds nothing. The duplicate's supports stay as they were given.
     */
    public void carryOver(IdeaMerged merged) {
        for (Support support : supports.ofIdea(merged.ideaId())) {
            if (!support.stands()) {
                continue;
            }
            Support.Given given = support.carriedOverTo(merged.survivingIdeaId(), merged.unit(), owner.id(),
                    merged.mergedAt());
            try {
                supports.add(given.support(), List.of(given.event(), reported(given.support())));
            } catch (DuplicateException supportsTheSurvivorAlready) {
                log.debug("Participant supports idea {} already", merged.survivingIdeaId());
            }
        }
    }

    /**
     * What the participation reports count of the support as it stands; a standing support declares the supporter's
     * helix group.
     */
    private Record reported(Support support) {
        return participants.of(support.getParticipantId(), support.stands() ? support.getHelixGroup() : null)
                .contributed(Contribution.SUPPORT, support.getId(), "IDEA", support.getIdeaId(),
                        support.getHelixGroup(), support.stands(), support.getGivenAt());
    }

    public Support get(String ideaId, String supportId) {
        return supports.find(supportId)
                .filter(support -> support.getIdeaId().equals(ideaId))
                .orElseThrow(() -> new NotFoundException("support", supportId));
    }

    /** Every helix group with its count, zeros included, so a missing group shows as missing support. */
    public Summary summary(String ideaId) {
        publishedIdea(ideaId);
        Map<HelixGroup, Long> counted = supports.countByHelixGroup(ideaId);
        Map<HelixGroup, Long> byHelixGroup = new EnumMap<>(HelixGroup.class);
        for (HelixGroup group : HelixGroup.values()) {
            byHelixGroup.put(group, counted.getOrDefault(group, 0L));
        }
        long total = byHelixGroup.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(ideaId, total, byHelixGroup);
    }

    private PublishedIdea publishedIdea(String ideaId) {
        return ideas.find(ideaId).orElseThrow(() -> new NotFoundException("idea", ideaId));
    }

    public record Summary(String ideaId, long total, Map<HelixGroup, Long> byHelixGroup) {
    }
}
