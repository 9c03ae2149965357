package berlin.gemeinsam.participation.supports.application;

import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.participation.ideas.application.PublishedIdeas;
import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.participation.supports.domain.Support;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** Supporting published ideas and counting their supports. */
@Service
public class SupportService {

    private static final Logger log = LoggerFactory.getLogger(SupportService.class);

    private final Supports supports;
    private final PublishedIdeas ideas;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    SupportService(Supports supports, PublishedIdeas ideas, Access access, OwningUnit owner, Clock clock) {
        this.supports = supports;
        this.ideas = ideas;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    /**
     * Supports a published idea of any unit; the support and its event belong to this unit. Citizens support as
     * themselves: the participant is the token's subject.
     */
    public Support give(String ideaId, String participantId, HelixGroup helixGroup) {
        access.citizenActingAs(participantId);
        PublishedIdea idea = publishedIdea(ideaId);
        idea.requireOpenForSupport();
        Support.Given given = Support.give(owner.id(), idea.getId(), idea.getUnit(), participantId, helixGroup,
                clock.instant());
        supports.add(given.support(), given.event());
        return given.support();
    }

    /**
     * An idea was merged into the surviving one: each participant who supported it here supports the survivor too,
     * with the usual event, so the survivor's unit counts it. A participant who supports the survivor already keeps
     * that one support, and a redelivered merge adds nothing. The duplicate's supports stay as they were given.
     */
    public void carryOver(IdeaMerged merged) {
        for (Support support : supports.ofIdea(merged.ideaId())) {
            Support.Given given = support.carriedOverTo(merged.survivingIdeaId(), merged.unit(), owner.id(),
                    merged.mergedAt());
            try {
                supports.add(given.support(), given.event());
            } catch (DuplicateException supportsTheSurvivorAlready) {
                log.debug("Participant supports idea {} already", merged.survivingIdeaId());
            }
        }
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
