package berlin.gemeinsam.measures.export.web;

import berlin.gemeinsam.measures.export.application.MeasureExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;

/**
 * The unit's measures as open data, in one file: CSV or JSON as {@code format} asks. The rows are written to the
 * answer as the store hands them over, so an export of any size needs no more memory than one batch of measures.
 */
@RestController
@RequestMapping("/api/v1/measures/export")
class MeasureExportController {

    private static final Logger log = LoggerFactory.getLogger(MeasureExportController.class);

    private final MeasureExport export;
    private final JsonMapper json;

    MeasureExportController(MeasureExport export, JsonMapper json) {
        this.export = export;
        this.json = json;
    }

    /**
     * The answer is written to the servlet's stream in the request's own thread, not as an asynchronous
     * {@code StreamingResponseBody}: an export of many measures may take longer than an asynchronous request
     * is given.
     */
    @GetMapping(produces = {CsvRows.MEDIA_TYPE, JsonRows.MEDIA_TYPE})
    @Operation(summary = "The unit's measures as open data, as CSV or JSON",
            description = "Readable by everybody. CSV after RFC 4180 (UTF-8, CRLF, a header row, lists joined with "
                    + "';', a text beginning with =, +, -, @ prefixed with '); JSON one array of objects. The "
                    + "format asked for must be one the request's Accept takes (406 otherwise).")
    @ApiResponse(responseCode = "200", description = "The export, as a file to save.",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "attachment; filename=\"measures-<unit>-<date>.<format>\"",
                    schema = @Schema(type = "string")),
            content = {
                @Content(mediaType = CsvRows.MEDIA_TYPE, schema = @Schema(type = "string",
                        description = "A header row with the column names, then a record per measure.")),
                @Content(mediaType = JsonRows.MEDIA_TYPE, array = @ArraySchema(schema = @Schema(type = "object",
                        description = "A measure: a property per column.")))})
    void export(@RequestParam(required = false) @NotNull
                @Pattern(regexp = "csv|json", message = "{measure.export.unknown-format}") String format,
                HttpServletRequest request, HttpServletResponse response)
            throws IOException, HttpMediaTypeNotAcceptableException {
        boolean csv = "csv".equals(format);
        MediaType mediaType = MediaType.parseMediaType(csv ? CsvRows.MEDIA_TYPE : JsonRows.MEDIA_TYPE);
        requireAccepted(request, mediaType);
        String fileName = "measures-" + export.unit() + "-" + export.today() + "." + format;
        response.setContentType(mediaType.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        MeasureRows rows = csv ? new CsvRows(response.getOutputStream(), export.columns())
                : new JsonRows(json, response.getOutputStream(), export.columns());
        try {
            rows.begin();
            export.export(rows);
            rows.end();
        } catch (IOException | UncheckedIOException | JacksonIOException brokenOff) {
            // only writing to the answer fails so: the client went away, and there is nobody left to answer
            log.info("Export of the measures as {} broken off by the client: {}", format, brokenOff.getMessage());
        }
    }

    /**
     * The mapping accepts a request that takes either format; the format asked for must be one the request takes
     * as well, as with every other endpoint a 406 before anything is written.
     */
    private static void requireAccepted(HttpServletRequest request, MediaType mediaType)
            throws HttpMediaTypeNotAcceptableException {
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(e.getMessage());
        }
        if (!accepted.isEmpty() && accepted.stream().noneMatch(type -> type.isCompatibleWith(mediaType))) {
            throw new HttpMediaTypeNotAcceptableException(List.of(mediaType));
        }
    }
}
