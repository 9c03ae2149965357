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

    /** For what is rendered outside a page's request, such as an entry pushed into an open page. */
    public static Dates in(Locale locale) {
        return new Dates(locale);
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
