package berlin.gemeinsam.notifications.mail.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When the digest mails go out.
 *
 * @param dailyAt       the local time of the daily digest, and of the weekly one on its day
 * @param weeklyOn      the day of the weekly digest
 * @param zone          the time zone of both
 * @param checkInterval how often the service looks whether a digest is due; a digest goes out at most this late
 */
@ConfigurationProperties("gemeinsam.notifications.digests")
public record DigestProperties(
        @DefaultValue("07:00") LocalTime dailyAt,
        @DefaultValue("MONDAY") DayOfWeek weeklyOn,
        @DefaultValue("Europe/Berlin") ZoneId zone,
        @DefaultValue("1m") Duration checkInterval) {
}
