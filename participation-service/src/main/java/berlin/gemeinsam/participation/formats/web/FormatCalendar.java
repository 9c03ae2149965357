package berlin.gemeinsam.participation.formats.web;

import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.formats.domain.FormatStatus;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A dialog format as an iCalendar object (RFC 5545) for the participants' calendars: one VEVENT in Europe/Berlin
 * time with the zone's VTIMEZONE, so that a calendar in another zone shows the right hour on both sides of the
 * change to summer time. The UID stays the same across changes, and SEQUENCE (the format's version) tells a
 * calendar that an imported copy is outdated; a cancelled format says so with STATUS:CANCELLED.
 */
final class FormatCalendar {

    static final String BERLIN = "Europe/Berlin";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private FormatCalendar() {
    }

    static String of(DialogFormat format, Instant now) {
        VTimeZone berlin = ZONES.getTimeZone(BERLIN).getVTimeZone();
        ZoneId zone = ZoneId.of(BERLIN);
        VEvent event = new VEvent(format.getStart().atZone(zone), format.getEnd().atZone(zone), format.getTitle());
        event.add(new Uid(format.getId() + "@" + format.getUnit() + ".gemeinsam.berlin"));
        event.replace(new DtStamp(now));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, format.getVersion())));
        event.add(new Description(format.getDescription()));
        if (format.getPlace() != null) {
            event.add(new Location(format.getPlace()));
        }
        if (format.getOnlineLink() != null) {
            event.add(new Url(URI.create(format.getOnlineLink())));
        }
        event.add(format.getStatus() == FormatStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED)
                : new Status(Status.VALUE_CONFIRMED));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Gemeinsam Berlin//Dialogformate//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(berlin);
        calendar.add(event);
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ics.toString();
    }
}
