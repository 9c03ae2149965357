package berlin.gemeinsam.platform.web;

import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.errors.InvalidInputException;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.errors.StateConflictException;
import berlin.gemeinsam.platform.paging.InvalidCursorException;
import berlin.gemeinsam.platform.problems.FieldError;
import berlin.gemeinsam.platform.problems.PayloadTooLargeException;
import berlin.gemeinsam.platform.problems.Problems;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.BearerChallenge;
import berlin.gemeinsam.platform.versions.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns every error into an RFC 9457 problem ({@code application/problem+json}) in the caller's language
 * (German unless the request asks for English). Bad input names each bad field in {@code errors}; no stack
 * trace or internal detail ever leaves the service.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;
    private final Access access;

    public ProblemDetailsAdvice(Problems problems, Access access) {
        this.problems = problems;
        this.access = access;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return badRequest(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors bodyErrors
                        ? bodyErrors.getFieldErrors().stream()
                                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldError(parameterName(result), error.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return badRequest(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        return badRequest(List.of(new FieldError(field, problems.text("field.wrong-type", locale()))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getMostSpecificCause() instanceof PayloadTooLargeException) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers)
                    .body(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", locale()));
        }
        DatabindException databind = databindCauseOf(ex);
        if (databind != null && !databind.getPath().isEmpty()) {
            return badRequest(List.of(new FieldError(fieldOf(databind.getPath()), describe(databind))), headers);
        }
        if (ex.getMostSpecificCause() instanceof StreamReadException read && isDuplicateProperty(read)) {
            List<JacksonException.Reference> path = new ArrayList<>(read.getPath());
            path.add(new JacksonException.Reference(null, read.processor().streamReadContext().currentName()));
            return badRequest(List.of(new FieldError(fieldOf(path), problems.text("field.duplicate", locale()))),
                    headers);
        }
        return ResponseEntity.badRequest().headers(headers)
                .body(problems.problem(HttpStatus.BAD_REQUEST, "malformed-request", locale()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        ProblemDetail problem = problems.problem(HttpStatus.NOT_FOUND, "not-found", locale(),
                problems.resourceName(ex.resource(), locale()), ex.id());
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(ex.field(), problem.getDetail())));
        }
        return answer(problem);
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<ProblemDetail> stateConflict(StateConflictException ex) {
        String allowed = ex.allowedChanges().isEmpty() ? problems.text("problem.state-conflict.none", locale())
                : String.join(", ", ex.allowedChanges());
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "state-conflict", locale(),
                problems.resourceName(ex.resource(), locale()), ex.currentState(), ex.attemptedChange(), allowed);
        problem.setProperty("currentState", ex.currentState());
        problem.setProperty("allowedChanges", ex.allowedChanges());
        return answer(problem);
    }

    @ExceptionHandler(DuplicateException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateException ex) {
        return answer(problems.problem(HttpStatus.CONFLICT, "duplicate", locale(),
                problems.resourceName(ex.resource(), locale())));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException ex) {
        return answer(problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", locale()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
        return answer(problems.problem(HttpStatus.CONFLICT, "concurrent-change", locale()));
    }

    /**
     * A change sent with {@code If-Match} for a version that is no longer current: 412, with the current version's
     * {@code ETag}, so that the client knows what to reload.
     */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleVersionException ex) {
        ProblemDetail problem = problems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", locale(),
                problems.resourceName(ex.resource(), locale()), ex.id());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(EntityTags.of(ex.currentVersion()))
                .body(problem);
    }

    @ExceptionHandler(InvalidIfMatchException.class)
    ResponseEntity<Object> invalidIfMatch(InvalidIfMatchException ex) {
        return badRequest(List.of(new FieldError(EntityTags.IF_MATCH, problems.text("if-match.invalid", locale()))),
                new HttpHeaders());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex) {
        return badRequest(List.of(new FieldError(ex.field(), problems.text(ex.messageCode(), locale()))),
                new HttpHeaders());
    }

    @ExceptionHandler(InvalidCursorException.class)
    ResponseEntity<Object> invalidCursor(InvalidCursorException ex) {
        return badRequest(List.of(new FieldError(InvalidCursorException.FIELD, problems.text("cursor.invalid",
                locale()))), new HttpHeaders());
    }

    /** A check of {@link Access} failed: 401 without a token, 403 with one that does not allow the change. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
        if (access.caller().isPresent()) {
            return answer(problems.problem(HttpStatus.FORBIDDEN, "forbidden", locale()));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.NO_TOKEN)
                .body(problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", locale()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException ex) {
        return answer(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", locale()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return answer(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale()));
    }

    /** Problems the framework raises itself (405, 415, 406, ...) get our title in the caller's language. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setTitle(problems.textOr("problem.http." + status.value(), problem.getTitle(), locale()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> badRequest(List<FieldError> errors, HttpHeaders headers) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", locale(), fields);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    private static String fieldOf(List<JacksonException.Reference> path) {
        return path.stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * A property given twice in one object ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}). Jackson has no
     * exception type of its own for it, only its message; the parser stands on the repeated name.
     */
    private static boolean isDuplicateProperty(StreamReadException ex) {
        return ex.processor() != null && ex.processor().streamReadContext() != null
                && ex.processor().streamReadContext().currentName() != null
                && ex.getOriginalMessage() != null && ex.getOriginalMessage().startsWith("Duplicate Object property");
    }

    /**
     * The binding failure behind an unreadable body: the most specific cause is not always it, e.g. a date that is no
     * ISO 8601 date fails with the {@code DateTimeParseException} the binding failure wraps.
     */
    private static DatabindException databindCauseOf(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof DatabindException databind) {
                return databind;
            }
        }
        return null;
    }

    private String describe(DatabindException ex) {
        if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return problems.text("field.unknown-value", locale(), allowed);
        }
        return problems.text("field.wrong-type", locale());
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** A header is named as the client sends it, e.g. {@code Idempotency-Key}. */
    private static String parameterName(ParameterValidationResult result) {
        RequestHeader header = result.getMethodParameter().getParameterAnnotation(RequestHeader.class);
        if (header != null && !(header.name() + header.value()).isEmpty()) {
            return header.name().isEmpty() ? header.value() : header.name();
        }
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
