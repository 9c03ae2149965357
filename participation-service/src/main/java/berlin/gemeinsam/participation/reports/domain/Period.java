package berlin.gemeinsam.participation.reports.domain;

import berlin.gemeinsam.platform.errors.InvalidFieldException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The days a report counts, both included, in Berlin's time: from the start of {@code from} to the end of {@code to}.
 * Either may be open (null): from the beginning, up to now.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** @throws InvalidFieldException naming {@code to} when it is before {@code from} */
    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "report.period.to-before-from");
        }
    }

    /** The first instant counted; empty when open. */
    public Optional<Instant> start() {
        return Optional.ofNullable(from).map(day -> day.atStartOfDay(BERLIN).toInstant());
    }

    /** The first instant no longer counted; empty when open. */
    public Optional<Instant> end() {
        return Optional.ofNullable(to).map(day -> day.plusDays(1).atStartOfDay(BERLIN).toInstant());
    }

    public boolean contains(Instant instant) {
        return start().map(start -> !instant.isBefore(start)).orElse(true)
                && end().map(instant::isBefore).orElse(true);
    }
}
