package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When digests go out: daily at a local time, weekly at that time on a day, in a time zone (Berlin's, with its
 * change between winter and summer time). A local time that a change skips goes out at the same offset after it
 * (02:30 on the spring day is 03:30), one that a change repeats at its first occurrence.
 */
public record DigestSchedule(LocalTime dailyAt, DayOfWeek weeklyOn, ZoneId zone) {

    /** The latest period of the frequency that is due at {@code now}. */
    public DigestPeriod latestDue(Frequency frequency, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate dueOn = switch (frequency) {
            case DAILY -> today;
            case WEEKLY -> today.with(TemporalAdjusters.previousOrSame(weeklyOn));
            case IMMEDIATELY -> throw new IllegalArgumentException("immediate mails have no digest");
        };
        Instant dueAt = at(dueOn);
        if (dueAt.isAfter(now)) {
            dueOn = frequency == Frequency.DAILY ? dueOn.minusDays(1) : dueOn.minusWeeks(1);
            dueAt = at(dueOn);
        }
        return new DigestPeriod(frequency, dueOn, dueAt);
    }

    private Instant at(LocalDate date) {
        return ZonedDateTime.of(date, dailyAt, zone).toInstant();
    }
}
