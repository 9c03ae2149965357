package berlin.gemeinsam.participation.supports.web;

import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.participation.supports.application.SupportService;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.participation.supports.domain.Support;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@RequestMapping("/api/v1/ideas/{ideaId}/supports")
class SupportController {

    private final SupportService supports;

    SupportController(SupportService supports) {
        this.supports = supports;
    }

    @PostMapping
    ResponseEntity<SupportView> give(@PathVariable String ideaId, @Valid @RequestBody GiveSupportRequest request) {
        Support support = supports.give(ideaId, request.participantId(), request.helixGroup(),
                !Boolean.FALSE.equals(request.follow()), request.invitationCode());
        return Creation.created(support.getId(), SupportView.of(support));
    }

    @GetMapping("/{id}")
    SupportView get(@PathVariable String ideaId, @PathVariable String id) {
        return SupportView.of(supports.get(ideaId, id));
    }

    /** The supporter withdraws their support; withdrawing again, or a support not there, answers the same. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String ideaId, @PathVariable String id) {
        supports.withdraw(ideaId, id);
    }

    @GetMapping("/summary")
    SupportService.Summary summary(@PathVariable String ideaId) {
        return supports.summary(ideaId);
    }

    /**
     * {@code follow}: whether the supporter follows the idea in notification-service; absent means yes.
     * {@code invitationCode}: the multiplier's code the supporter came through, if any.
     */
    record GiveSupportRequest(
            @NotBlank @Size(max = 100) @Text String participantId,
            @NotNull HelixGroup helixGroup,
            Boolean follow,
            @Pattern(regexp = InvitationCode.PATTERN, message = "{invitation.malformed}") String invitationCode) {
    }

    /** What anybody may see of a support: not who gave it; {@code withdrawnAt} only once it was withdrawn. */
    record SupportView(String id, String ideaId, HelixGroup helixGroup, Instant givenAt, Instant withdrawnAt) {

        static SupportView of(Support support) {
            return new SupportView(support.getId(), support.getIdeaId(), support.getHelixGroup(),
                    support.getGivenAt(), support.getWithdrawnAt());
        }
    }
}
