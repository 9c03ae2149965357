package berlin.gemeinsam.participation.formats.web;

import berlin.gemeinsam.participation.contributions.web.NoMarkup;
import berlin.gemeinsam.participation.formats.application.FormatService;
import berlin.gemeinsam.participation.formats.application.RegistrationService;
import berlin.gemeinsam.participation.formats.domain.Actor;
import berlin.gemeinsam.participation.formats.domain.Attendance;
import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.formats.domain.FormatDetails;
import berlin.gemeinsam.participation.formats.domain.FormatStatus;
import berlin.gemeinsam.participation.formats.domain.FormatType;
import berlin.gemeinsam.participation.formats.domain.HistoryEntry;
import berlin.gemeinsam.participation.formats.domain.RegistrationStatus;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.EntityTags;
import berlin.gemeinsam.platform.web.ResourceIds;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Dialog formats (Dialogformate) of the unit: its admins schedule, change and cancel them; anybody reads them and
 * downloads them for a calendar; citizens register. Times are ISO 8601, with an offset or as a local time in
 * Europe/Berlin ({@link BerlinDateTime}); answers give them in Europe/Berlin time with that day's offset.
 */
@RestController
@RequestMapping("/api/v1/formats")
class FormatController {

    private static final ZoneId BERLIN = ZoneId.of(FormatCalendar.BERLIN);
    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final FormatService formats;
    private final RegistrationService registrations;
    private final AuditLog audit;
    private final Clock clock;

    FormatController(FormatService formats, RegistrationService registrations, AuditLog audit, Clock clock) {
        this.formats = formats;
        this.registrations = registrations;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<FormatView> schedule(@Valid @RequestBody FormatRequest request) {
        DialogFormat format = formats.schedule(request.details());
        audit.record("schedule", "format", format.getId());
        ResponseEntity<FormatView> created = Creation.created(format.getId(), FormatView.of(format));
        return ResponseEntity.status(created.getStatusCode()).headers(created.getHeaders())
                .eTag(EntityTags.of(format.getVersion())).body(created.getBody());
    }

    /**
     * Formats that have not ended yet, the soonest first; {@code next} is the cursor of the following page, absent
     * on the last.
     */
    @GetMapping
    FormatPage upcoming(@RequestParam(required = false) FormatType format,
                        @RequestParam(required = false) HelixGroup helixGroup,
                        @RequestParam(required = false) String cursor,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        Optional<Cursor> after = Optional.ofNullable(cursor).map(encoded -> Cursor.parse(encoded, 2));
        CursorPage<FormatView> page = formats.upcoming(format, helixGroup, after, limit).map(FormatView::of);
        return new FormatPage(page.items(), page.next().map(Cursor::encoded).orElse(null));
    }

    @GetMapping("/{id}")
    ResponseEntity<FormatView> get(@PathVariable String id) {
        return withVersion(formats.get(id));
    }

    /** The format for a calendar, as {@code text/calendar} (RFC 5545). */
    @GetMapping(path = {"/{id}.ics", "/{id}/calendar"})
    ResponseEntity<String> calendar(@PathVariable String id) {
        DialogFormat format = formats.get(id);
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"" + format.getId() + ".ics\"")
                .body(FormatCalendar.of(format, clock.instant()));
    }

    /** Changes the whole format; {@code If-Match} with the ETag read, else 412 when it changed since. */
    @PutMapping("/{id}")
    ResponseEntity<FormatView> change(@PathVariable String id, @Valid @RequestBody FormatRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        DialogFormat format = formats.change(id, EntityTags.expectedBy(ifMatch), request.details());
        audit.record("change", "format", id);
        return withVersion(format);
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<FormatView> cancel(@PathVariable String id, @Valid @RequestBody CancelRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        DialogFormat format = formats.cancel(id, EntityTags.expectedBy(ifMatch), request.reason());
        audit.record("cancel", "format", id);
        return withVersion(format);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntryView> history(@PathVariable String id) {
        return formats.get(id).getHistory().stream().map(HistoryEntryView::of).toList();
    }

    /** The calling citizen registers: a seat while one is free, else the waiting list with the place on it. */
    @PostMapping("/{id}/registrations")
    ResponseEntity<RegistrationView> register(@PathVariable String id,
            @Valid @RequestBody(required = false) RegisterRequest request) {
        boolean follow = request == null || !Boolean.FALSE.equals(request.follow());
        RegistrationService.RegistrationOutcome outcome = registrations.register(id,
                request == null ? null : request.helixGroup(), follow,
                request == null ? null : request.invitationCode());
        return Creation.created(outcome.registration().getId(), RegistrationView.of(outcome));
    }

    /** Every registration of the format, for the unit's admins. */
    @GetMapping("/{id}/registrations")
    List<RegistrationView> registrations(@PathVariable String id) {
        return registrations.ofFormat(id).stream().map(RegistrationView::of).toList();
    }

    /** The participant's own registration (or any, for the unit's admins); anybody else is told it does not exist. */
    @GetMapping("/{id}/registrations/{registrationId}")
    RegistrationView registration(@PathVariable String id, @PathVariable String registrationId) {
        return RegistrationView.of(registrations.get(id, registrationId));
    }

    /** The participant cancels their own registration; the first on the waiting list gets the seat. */
    @DeleteMapping("/{id}/registrations/{registrationId}")
    RegistrationView cancelRegistration(@PathVariable String id, @PathVariable String registrationId) {
        registrations.cancel(id, registrationId);
        return RegistrationView.of(registrations.get(id, registrationId));
    }

    @PutMapping("/{id}/registrations/{registrationId}/attendance")
    RegistrationView recordAttendance(@PathVariable String id, @PathVariable String registrationId,
            @Valid @RequestBody AttendanceRequest request) {
        registrations.recordAttendance(id, registrationId, request.attendance());
        audit.record("record-attendance", "format", id);
        return RegistrationView.of(registrations.get(id, registrationId));
    }

    private static ResponseEntity<FormatView> withVersion(DialogFormat format) {
        return ResponseEntity.ok().eTag(EntityTags.of(format.getVersion())).body(FormatView.of(format));
    }

    private static String berlin(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(BERLIN));
    }

    @FormatTimes
    record FormatRequest(
            @NotBlank @Size(max = 200) @Text @NoMarkup String title,
            @NotBlank @Size(max = 5000) @Text(multiline = true) @NoMarkup String description,
            @NotNull FormatType format,
            @NotNull @Future @JsonDeserialize(using = BerlinDateTime.class) OffsetDateTime start,
            @NotNull @JsonDeserialize(using = BerlinDateTime.class) OffsetDateTime end,
            @Size(max = 300) @Text @NoMarkup String place,
            @Size(max = 500) @Pattern(regexp = "https://[^\\s/?#]+[^\\s]*", message = "{format.link-not-https}")
            String onlineLink,
            @NotNull @Min(1) @Max(100_000) Integer capacity,
            @NotNull @Future @JsonDeserialize(using = BerlinDateTime.class) OffsetDateTime registrationDeadline,
            @Size(max = 50) List<@NotNull @Pattern(regexp = ResourceIds.PATTERN, message = "{format.not-a-uuid}")
                    String> ideaIds,
            @Size(max = 50) List<@NotNull @Pattern(regexp = ResourceIds.PATTERN, message = "{format.not-a-uuid}")
                    String> measureIds,
            @Size(max = 5) List<@NotNull HelixGroup> helixGroups) {

        FormatDetails details() {
            return new FormatDetails(title, description, format, start.toInstant(), end.toInstant(),
                    blankToNull(place), blankToNull(onlineLink), capacity, registrationDeadline.toInstant(),
                    canonical(ideaIds), canonical(measureIds),
                    helixGroups == null ? List.of() : helixGroups.stream().distinct().toList());
        }

        private static List<String> canonical(List<String> ids) {
            return ids == null ? List.of() : ids.stream().map(ResourceIds::canonical).distinct().toList();
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }

    record CancelRequest(@NotBlank @Size(max = 2000) @Text(multiline = true) @NoMarkup String reason) {
    }

    /**
     * The helix group the participant takes part for, if they say; it counts in the reports, never names them.
     * {@code follow}: whether the participant follows the format in notification-service; absent means yes.
     * {@code invitationCode}: the multiplier's code for the format that the participant came through, if any.
     */
    record RegisterRequest(HelixGroup helixGroup, Boolean follow,
                           @Pattern(regexp = InvitationCode.PATTERN, message = "{invitation.malformed}")
                           String invitationCode) {
    }

    record AttendanceRequest(@NotNull Attendance attendance) {
    }

    record FormatPage(List<FormatView> items, String next) {
    }

    /** A format as anybody sees it: not who registered, only how many seats are left and how many wait. */
    record FormatView(String id, String unit, String title, String description, FormatType format, String start,
                      String end, String timeZone, String place, String onlineLink, int capacity, int seatsTaken,
                      int seatsLeft, int waitingListLength, String registrationDeadline, List<String> ideaIds,
                      List<String> measureIds, List<HelixGroup> helixGroups, FormatStatus status,
                      String cancellationReason, String scheduledAt, List<String> allowedChanges) {

        static FormatView of(DialogFormat format) {
            return new FormatView(format.getId(), format.getUnit(), format.getTitle(), format.getDescription(),
                    format.getType(), berlin(format.getStart()), berlin(format.getEnd()), FormatCalendar.BERLIN,
                    format.getPlace(), format.getOnlineLink(), format.getCapacity(), format.getSeatsTaken(),
                    format.seatsLeft(), format.getWaitingList().size(), berlin(format.getRegistrationDeadline()),
                    format.getIdeaIds(), format.getMeasureIds(), format.getHelixGroups(), format.getStatus(),
                    format.getCancellationReason(), berlin(format.getScheduledAt()),
                    format.getStatus().allowedChanges());
        }
    }

    /**
     * A registration: {@code REGISTERED} (a seat), {@code WAITLISTED} with the current {@code waitingListPlace} (from
     * 1), or {@code CANCELLED}; {@code attendance} once recorded.
     */
    record RegistrationView(String id, String formatId, RegistrationStatus status, Integer waitingListPlace,
                            HelixGroup helixGroup, Instant registeredAt, Attendance attendance) {

        static RegistrationView of(RegistrationService.RegistrationOutcome outcome) {
            return new RegistrationView(outcome.registration().getId(), outcome.registration().getFormatId(),
                    outcome.registration().getStatus(), outcome.waitingListPlace(),
                    outcome.registration().getHelixGroup(), outcome.registration().getRegisteredAt(),
                    outcome.registration().getAttendance());
        }
    }

    record HistoryEntryView(String change, Actor by, Instant at, String reason) {

        static HistoryEntryView of(HistoryEntry entry) {
            return new HistoryEntryView(entry.change(), entry.by(), entry.at(), entry.reason());
        }
    }
}
