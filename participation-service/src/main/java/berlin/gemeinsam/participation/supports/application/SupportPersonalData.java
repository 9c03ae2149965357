package berlin.gemeinsam.participation.supports.application;

import berlin.gemeinsam.participation.privacy.application.PersonalData;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.participation.supports.domain.Support;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The supports a participant gave, and whether each made them follow the idea. Erasing keeps every support for the
 * idea's anonymous count (its id, its helix group, withdrawn or not): only the person is replaced.
 */
@Component
class SupportPersonalData implements PersonalData {

    private final Supports supports;

    SupportPersonalData(Supports supports) {
        this.supports = supports;
    }

    @Override
    public String part() {
        return "supports";
    }

    @Override
    public List<ExportedSupport> export(String participantId) {
        return supports.ofParticipant(participantId).stream().map(ExportedSupport::of).toList();
    }

    @Override
    public void erase(String participantId, String tombstone, Instant erasedAt) {
        for (Support given : supports.ofParticipant(participantId)) {
            ConcurrentChanges.retry(() -> {
                supports.find(given.getId()).filter(support -> support.getParticipantId().equals(participantId))
                        .ifPresent(support -> {
                            support.erase(tombstone);
                            supports.save(support, List.of());
                        });
                return given.getId();
            });
        }
    }

    /** @param followRequested whether the support made the participant follow the idea in notification-service */
    record ExportedSupport(String id, String ideaId, String ideaUnit, HelixGroup helixGroup, Instant givenAt,
                           Instant withdrawnAt, boolean followRequested) {

        static ExportedSupport of(Support support) {
            return new ExportedSupport(support.getId(), support.getIdeaId(), support.getIdeaUnit(),
                    support.getHelixGroup(), support.getGivenAt(), support.getWithdrawnAt(),
                    support.isFollowRequested());
        }
    }
}
