package berlin.gemeinsam.participation.formats.application;

import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.formats.domain.Registration;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Tells the registrations of participants the seat ledger promoted from the waiting list: each holds a seat now,
 * with a {@code format.waitlist-promoted} event, so that the person is notified.
 */
@Service
class Promotions {

    private static final Logger log = LoggerFactory.getLogger(Promotions.class);

    private final Registrations registrations;
    private final Clock clock;

    Promotions(Registrations registrations, Clock clock) {
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
    }
}
