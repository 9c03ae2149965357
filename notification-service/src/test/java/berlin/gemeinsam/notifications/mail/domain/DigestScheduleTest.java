package berlin.gemeinsam.notifications.mail.domain;

import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DigestScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DigestSchedule SEVEN_ON_MONDAYS = new DigestSchedule(LocalTime.of(7, 0), DayOfWeek.MONDAY,
            BERLIN);

    @Test
    void theDailyDigestIsDueAtSevenBerlinTimeWhichIsSixUtcInWinterAndFiveInSummer() {
        DigestPeriod winter = SEVEN_ON_MONDAYS.latestDue(Frequency.DAILY, Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(winter.dueAt()).isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(winter.key()).isEqualTo("DAILY/2026-12-01");

        DigestPeriod summer = SEVEN_ON_MONDAYS.latestDue(Frequency.DAILY, Instant.parse("2026-07-01T05:00:00Z"));
        assertThat(summer.dueAt()).isEqualTo(Instant.parse("2026-07-01T05:00:00Z"));
    }

    @Test
    void beforeTheTimeOfTheDayTheLatestDueDigestIsYesterdays() {
        DigestPeriod period = SEVEN_ON_MONDAYS.latestDue(Frequency.DAILY, Instant.parse("2026-12-01T05:59:59Z"));

        assertThat(period.dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(period.dueAt()).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(period.key()).isEqualTo("DAILY/2026-11-30");
    }

    @Test
    void overTheChangeToSummerTimeTheDigestStaysAtSevenLocalTimeAndADayHasTwentyThreeHours() {
        // 29 March 2026: at 02:00 the clocks in Berlin jump to 03:00
        DigestPeriod saturday = SEVEN_ON_MONDAYS.latestDue(Frequency.DAILY, Instant.parse("2026-03-28T12:00:00Z"));
        DigestPeriod sunday = SEVEN_ON_MONDAYS.latestDue(Frequency.DAILY, Instant.parse("2026-03-29T12:00:00Z"));

        assertThat(saturday.dueAt()).isEqualTo(Instant.parse("2026-03-28T06:00:00Z"));
        assertThat(sunday.dueAt()).isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
        // at 05:30 UTC on the Sunday it is 07:30 in Berlin already: the Sunday's digest is due, not the Saturday's
        assertThat(SEVEN_ON_MONDAYS.latestDue(Frequency.DAILY, Instant.parse("2026-03-29T05:30:00Z")).key())
                .isEqualTo("DAILY/2026-03-29");
    }

    @Test
    void aTimeTheChangeSkipsGoesOutAnHourLaterAndOneItRepeatsAtItsFirstOccurrence() {
        DigestSchedule halfPastTwo = new DigestSchedule(LocalTime.of(2, 30), DayOfWeek.MONDAY, BERLIN);

        assertThat(halfPastTwo.latestDue(Frequency.DAILY, Instant.parse("2026-03-29T12:00:00Z")).dueAt())
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        // 25 October 2026: 02:30 comes twice, first in summer time (00:30 UTC)
        assertThat(halfPastTwo.latestDue(Frequency.DAILY, Instant.parse("2026-10-25T12:00:00Z")).dueAt())
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void theWeeklyDigestIsDueOnItsDayAndNamedByItsDate() {
        // 1 December 2026 is a Tuesday: the latest Monday is 30 November
        DigestPeriod tuesday = SEVEN_ON_MONDAYS.latestDue(Frequency.WEEKLY, Instant.parse("2026-12-01T12:00:00Z"));
        assertThat(tuesday.key()).isEqualTo("WEEKLY/2026-11-30");
        assertThat(tuesday.dueAt()).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));

        // on the Monday before seven it is the week before's
        DigestPeriod earlyMonday = SEVEN_ON_MONDAYS.latestDue(Frequency.WEEKLY,
                Instant.parse("2026-11-30T05:00:00Z"));
        assertThat(earlyMonday.key()).isEqualTo("WEEKLY/2026-11-23");
    }
}
