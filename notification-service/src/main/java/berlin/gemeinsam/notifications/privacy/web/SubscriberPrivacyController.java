package berlin.gemeinsam.notifications.privacy.web;

import berlin.gemeinsam.notifications.privacy.application.SubscriberExport;
import berlin.gemeinsam.notifications.privacy.application.SubscriberPrivacy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subscriber's own data: the export of everything held about them and its erasure. Only the subscriber themself
 * (the token's subject) may; for anybody else the subscriber does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/subscribers/{subscriberId}")
class SubscriberPrivacyController {

    private final SubscriberPrivacy privacy;

    SubscriberPrivacyController(SubscriberPrivacy privacy) {
        this.privacy = privacy;
    }

    /** Subscriptions and saved searches, the feed, the e-mail address with its consent and the mails (Art. 15). */
    @GetMapping("/export")
    SubscriberExport export(@PathVariable String subscriberId) {
        return privacy.export(subscriberId);
    }

    /** Erases all of it (Art. 17): 204 once nothing about the subscriber is left; asking again answers the same. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable String subscriberId) {
        privacy.erase(subscriberId);
    }
}
