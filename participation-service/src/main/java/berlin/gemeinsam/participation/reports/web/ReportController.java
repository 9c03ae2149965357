package berlin.gemeinsam.participation.reports.web;

import berlin.gemeinsam.participation.reports.application.ParticipationReports;
import berlin.gemeinsam.participation.reports.domain.ParticipationReport;
import berlin.gemeinsam.participation.reports.domain.Period;
import berlin.gemeinsam.participation.reports.domain.ReportScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * The participation reports of an idea, a measure, a dialog format, a unit or (on the central instance) all units,
 * over the days {@code from} to {@code to} (both included, Berlin's time; either may be left open), as JSON or as CSV:
 * CSV with {@code format=csv}, or without {@code format} when the request's {@code Accept} names {@code text/csv} and
 * not JSON; JSON otherwise. The chosen one must be acceptable to the request (406 otherwise).
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsv.MEDIA_TYPE})
class ReportController {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String UNIT = "[a-z0-9-]{2,60}";
    private static final MediaType CSV = MediaType.parseMediaType(ReportCsv.MEDIA_TYPE);

    private final ParticipationReports reports;

    ReportController(ParticipationReports reports) {
        this.reports = reports;
    }

    @GetMapping("/ideas/{id}")
    @Operation(summary = "Participation in an idea: supports and comments per helix group")
    @AnswersAReport
    ResponseEntity<?> idea(@PathVariable @Pattern(regexp = UUID) String id,
            @Valid @ParameterObject ReportQuery query, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return answer(new ReportScope(ReportScope.Kind.IDEA, id), query, request);
    }

    @GetMapping("/measures/{id}")
    @Operation(summary = "Participation in a measure: comments and consultation feedback per helix group")
    @AnswersAReport
    ResponseEntity<?> measure(@PathVariable @Pattern(regexp = UUID) String id,
            @Valid @ParameterObject ReportQuery query, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return answer(new ReportScope(ReportScope.Kind.MEASURE, id), query, request);
    }

    @GetMapping("/formats/{id}")
    @Operation(summary = "Participation in a dialog format: attendance per helix group")
    @AnswersAReport
    ResponseEntity<?> format(@PathVariable @Pattern(regexp = UUID) String id,
            @Valid @ParameterObject ReportQuery query, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return answer(new ReportScope(ReportScope.Kind.FORMAT, id), query, request);
    }

    @GetMapping("/units/{unit}")
    @Operation(summary = "Participation in a unit: every contribution in it per helix group",
            description = "A unit's instance reports its own unit; the central instance any unit.")
    @AnswersAReport
    ResponseEntity<?> unit(@PathVariable @Pattern(regexp = UNIT) String unit,
            @Valid @ParameterObject ReportQuery query, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return answer(new ReportScope(ReportScope.Kind.UNIT, unit), query, request);
    }

    @GetMapping("/units")
    @Operation(summary = "Participation in all units together (the central instance only)",
            description = "A unit's instance has no such report (404).")
    @AnswersAReport
    ResponseEntity<?> allUnits(@Valid @ParameterObject ReportQuery query, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return answer(ReportScope.allUnits(), query, request);
    }

    private ResponseEntity<?> answer(ReportScope scope, ReportQuery query, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        List<MediaType> accepted = accepted(request);
        boolean csv = query.format() == null ? namesCsvNotJson(accepted) : "csv".equals(query.format());
        MediaType mediaType = csv ? CSV : MediaType.APPLICATION_JSON;
        if (!accepted.isEmpty() && accepted.stream().noneMatch(type -> type.isCompatibleWith(mediaType))) {
            throw new HttpMediaTypeNotAcceptableException(List.of(mediaType));
        }
        Period period = new Period(query.from(), query.to());
        ParticipationReport report = reports.report(scope, period);
        if (csv) {
            return ResponseEntity.ok().contentType(CSV).body(ReportCsv.of(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ReportView.of(scope, period, report));
    }

    private static List<MediaType> accepted(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        try {
            return MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(e.getMessage());
        }
    }

    /** An {@code Accept} naming {@code text/csv} asks for CSV, unless it names JSON as well: JSON is the default. */
    private static boolean namesCsvNotJson(List<MediaType> accepted) {
        return accepted.stream().anyMatch(type -> type.getType().equals(CSV.getType())
                && type.getSubtype().equals(CSV.getSubtype()))
                && accepted.stream().noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                && !type.isWildcardType());
    }

    /**
     * The period, both days included (either may be left open), and the answer's format, {@code csv} or {@code json}
     * (none: as the request's {@code Accept} says).
     */
    record ReportQuery(
            @Parameter(description = "The first day, Berlin's time") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,
            @Parameter(description = "The last day, Berlin's time") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to,
            @Parameter(description = "csv or json") @Pattern(regexp = "csv|json", message = "{report.unknown-format}")
            String format) {
    }

    /** A report as JSON or CSV. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "The report.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportView.class)),
        @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(type = "string",
                description = ReportCsv.DESCRIPTION))})
    @interface AnswersAReport {
    }
}
