package berlin.gemeinsam.participation.formats.application;

import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.formats.domain.Registration;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Tells the registrations of participants the seat ledger promoted from the waiting list: each holds a seat now,
 * with a {@code format.waitlist-promoted} event, so that the person is notified. The ledger keeps them as pending
 * promotions until their registrations say so; {@link #completeUnfinished()} finishes what a stopped process left.
 */
@Service
public class Promotions {

    private static final Logger log = LoggerFactory.getLogger(Promotions.class);

    /** Formats completed at once: a run never holds more of them than these. */
    private static final int PAGE = 100;

    private final DialogFormats formats;
    private final Registrations registrations;
    private final Clock clock;

    Promotions(DialogFormats formats, Registrations registrations, Clock clock) {
        this.formats = formats;
        this.registrations = registrations;
        this.clock = clock;
    }

    void promote(DialogFormat format, List<String> participantIds) {
        for (String participantId : participantIds) {
            String registrationId = Registration.idOf(format.getUnit(), format.getId(), participantId);
            if (registrations.find(registrationId).isEmpty()) {
                log.warn("Participant promoted on format {} has no registration {}", format.getId(), registrationId);
                continue;
            }
            ConcurrentChanges.retry(() -> {
                Registration registration = registrations.find(registrationId).orElseThrow();
                registration.promote(format.getTitle(), format.getStart(), clock.instant())
                        .ifPresent(promoted -> registrations.save(registration, List.of(promoted)));
                return registration;
            });
        }
        if (!participantIds.isEmpty()) {
            ConcurrentChanges.retry(() -> {
                DialogFormat current = formats.find(format.getId()).orElseThrow();
                current.promotionsRecorded(participantIds);
                formats.save(current, List.of());
                return current;
            });
        }
    }

    /**
     * Completes the promotions the ledger recorded but the registrations do not show yet, because the process stopped
     * between the two writes. Promoting is idempotent: a registration that shows its seat already changes nothing.
     */
    @Scheduled(initialDelayString = "${gemeinsam.participation.promotion-completion-interval:1m}",
            fixedDelayString = "${gemeinsam.participation.promotion-completion-interval:1m}")
    public void completeUnfinished() {
        for (DialogFormat format : formats.withPendingPromotions(PAGE)) {
            promote(format, format.getPendingPromotions());
        }
    }
}
