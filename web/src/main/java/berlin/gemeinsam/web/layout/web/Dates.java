package berlin.gemeinsam.web.layout.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Points in time as Berlin reads them, in the page's language. */
public final class Dates {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final DateTimeFormatter format;

    Dates(Locale locale) {
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(BERLIN);
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
