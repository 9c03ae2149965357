package berlin.gemeinsam.participation.formats.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * A format's time as ISO 8601: with an offset ({@code 2027-03-10T18:00:00+01:00}, {@code …Z}) it is that instant;
 * without one ({@code 2027-03-10T18:00:00}) it is that wall-clock time in Europe/Berlin, where the formats take
 * place. In the hour the clocks go back a local time names two instants; the earlier offset (summer time) is taken,
 * and a local time skipped when they go forward moves on by the length of the gap.
 */
class BerlinDateTime extends ValueDeserializer<OffsetDateTime> {

    private static final ZoneId BERLIN = ZoneId.of(FormatCalendar.BERLIN);

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
        }
        String text = parser.getString().strip();
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof LocalDateTime local ? local.atZone(BERLIN).toOffsetDateTime()
                    : (OffsetDateTime) parsed;
        } catch (DateTimeParseException notIso) {
            throw context.weirdStringException(text, OffsetDateTime.class, "not an ISO 8601 date-time");
        }
    }
}
