package berlin.gemeinsam.measures.measure.application;

import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Catches every open measure up with the day, once a day ({@code gemeinsam.measures.daily-controlling}, a cron
 * expression in Berlin's time; {@code -} never): a milestone that became overdue or an indicator that missed its
 * target date changes the health without anybody changing the measure ({@code measure.health-changed.v1}), and a
 * review whose due date passed is announced ({@code measure.review-due.v1}), each with the measure's
 * {@code measure.controlling-reported.v1}.
 *
 * <p>Several instances of the unit may run it at once, and it takes no lease: the change is derived idempotently.
 * The measure's document keeps the health it was published with and the due date of the review announced last, and
 * it is stored together with its events (the outbox) in one write checked against the version it was read at. Of two
 * instances at the same measure, the second's write fails that check; it reads the measure again, finds the health
 * published and the due date announced, and leaves the measure as it is. A run that fails half-way is simply
 * repeated by the next: what it stored is not done twice.
 */
@Service
public class DailyControlling {

    private static final Logger log = LoggerFactory.getLogger(DailyControlling.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Measures read at once: a run never holds more of the unit's measures than these. */
    private static final int PAGE = 100;

    private final Measures measures;
    private final Clock clock;

    public DailyControlling(Measures measures, Clock clock) {
        this.measures = measures;
        this.clock = clock;
    }

    @Scheduled(cron = "${gemeinsam.measures.daily-controlling:0 15 0 * * *}", zone = "Europe/Berlin")
    void catchUpOnSchedule() {
        int changed = catchUpWithToday();
        if (changed > 0) {
            log.info("Caught {} measures up with the day: health changed or review announced", changed);
        }
    }

    /** Catches the open measures up with today; answers how many this run changed. */
    public int catchUpWithToday() {
        int changed = 0;
        String after = null;
        List<Measure> page;
        do {
            page = measures.openAfter(after, PAGE);
            for (Measure measure : page) {
                if (catchUp(measure.getId())) {
                    changed++;
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
        } while (page.size() == PAGE);
        return changed;
    }

    /** Catches the measure up as it reads now: what another instance did in between is not done again. */
    private boolean catchUp(String id) {
        return ConcurrentChanges.retry(() -> measures.find(id).map(measure -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, BERLIN);
            List<Record> events = new ArrayList<>(measure.catchUp(today, now));
            if (events.isEmpty()) {
                return false;
            }
            events.add(measure.report(today, now));
            measures.save(measure, events);
            return true;
        }).orElse(false));
    }
}
