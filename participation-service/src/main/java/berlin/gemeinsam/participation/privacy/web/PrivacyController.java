package berlin.gemeinsam.participation.privacy.web;

import berlin.gemeinsam.participation.privacy.application.ParticipantExport;
import berlin.gemeinsam.participation.privacy.application.PrivacyService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's own data: the export of everything held about them and its erasure. Only the person themself
 * (the token's subject) may; for anybody else the participant does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/participants/{id}")
class PrivacyController {

    private final PrivacyService privacy;

    PrivacyController(PrivacyService privacy) {
        this.privacy = privacy;
    }

    /** Everything this unit holds about the participant, part by part (GDPR Art. 15). */
    @GetMapping("/export")
    ParticipantExport export(@PathVariable String id) {
        return privacy.export(id);
    }

    /**
     * Erases the participant (GDPR Art. 17): 204 once nothing identifying them is left here; ideas- and
     * notification-service follow from the event. Asking again answers the same and finishes an interrupted erasure.
     */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable String id) {
        privacy.erase(id);
    }
}
