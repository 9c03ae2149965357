package berlin.gemeinsam.ideas.idea.web;

import berlin.gemeinsam.ideas.idea.application.AuthorPrivacy;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The ideas a participant submitted in this unit, for their export (GDPR Art. 15); only the person themself reads
 * it, for anybody else the participant does not exist (404). Erasure is asked for at participation-service, whose
 * {@code participant.erased.v1} erases the author here.
 */
@RestController
class ParticipantExportController {

    private final AuthorPrivacy privacy;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    ParticipantExportController(AuthorPrivacy privacy, Access access, OwningUnit owner, Clock clock) {
        this.privacy = privacy;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    @GetMapping("/api/v1/participants/{id}/export")
    ParticipantExport export(@PathVariable String id) {
        access.personOwning(id, "participant");
        return new ParticipantExport(id, owner.id(), clock.instant(), privacy.export(id));
    }

    record ParticipantExport(String participantId, String unit, Instant exportedAt,
                             List<AuthorPrivacy.AuthoredIdea> ideas) {
    }
}
