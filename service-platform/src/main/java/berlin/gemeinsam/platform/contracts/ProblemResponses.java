package berlin.gemeinsam.platform.contracts;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds to every operation the problems the platform answers it with, derived from what the operation takes: bad
 * input (400) where it reads a body or parameters, no or an insufficient token (401, 403), a conflict (409) and the
 * write limit (429) where it writes, an unknown id (404) where its path names one, a too large or unreadable body
 * (413, 415) where it reads one, a reused idempotency key (422) where it takes one, a stale version (412) where it
 * takes {@code If-Match}, and 406 everywhere. Writes
 * need a bearer token; reads take one where the caller wants to see more than the published content.
 */
class ProblemResponses implements OpenApiCustomizer {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final String BEARER = "bearer";

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IF_MATCH = "If-Match";
    private static final Set<PathItem.HttpMethod> READS = Set.of(
            PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD, PathItem.HttpMethod.OPTIONS);

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components
                .addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT of the configured issuer with aud gemeinsam; the claims roles (CITIZEN, "
                                + "MODERATOR, UNIT_ADMIN, CENTRAL_OFFICE) and unit say who may do what, sub is a "
                                + "citizen's participant id."))
                .addSchemas(PROBLEM, problemSchema())
                .addSchemas(FIELD_ERROR, fieldErrorSchema()));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(path, READS.contains(method), operation)));
    }

    private static void describe(String path, boolean read, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        Map<String, ApiResponse> problems = new LinkedHashMap<>();
        if (body || !parameters.isEmpty()) {
            problems.put("400", problem("Bad input: errors names each bad field (a header by its name)."));
        }
        if (!read) {
            problems.put("401", problem("No token, or one that is forged, expired or not meant for this service.")
                    .addHeaderObject("WWW-Authenticate", header("Bearer, with error=\"invalid_token\" when a "
                            + "token was presented and rejected.")));
            problems.put("403", problem("The token's roles or unit do not allow this change."));
        }
        if (path.contains("{")) {
            problems.put("404", problem("No such resource, or one the caller may not see; an unknown id "
                    + "named in the body is listed in errors."));
        }
        problems.put("406", problem("The Accept header excludes what the endpoint answers."));
        if (!read) {
            problems.put("409", problem("The change is not allowed in the resource's current state "
                    + "(currentState, allowedChanges), was made already, or met a concurrent change."));
        }
        if (parameters.stream().anyMatch(parameter -> IF_MATCH.equalsIgnoreCase(parameter.getName()))) {
            problems.put("412", problem("If-Match names a version that is no longer current: somebody changed the "
                    + "resource since it was read.").addHeaderObject("ETag", header("The current version.")));
        }
        if (body) {
            problems.put("413", problem("The body is larger than the service accepts (64 KiB by default)."));
            problems.put("415", problem("The body is not JSON (Content-Type)."));
        }
        if (parameters.stream().anyMatch(parameter -> IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()))) {
            problems.put("422", problem("The Idempotency-Key was used before with another request."));
        }
        if (!read) {
            problems.put("429", problem("Too many writes of this client; try again after Retry-After seconds.")
                    .addHeaderObject("Retry-After", header("Seconds until the next write is accepted.")));
            problems.put("503", problem("The service is overloaded: the write found no room in time and changed "
                    + "nothing; try again after Retry-After seconds.")
                    .addHeaderObject("Retry-After", header("Seconds after which to try again.")));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problems.forEach(responses::putIfAbsent);
        operation.setResponses(responses);
        operation.setSecurity(read
                ? List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER))
                : List.of(new SecurityRequirement().addList(BEARER)));
    }

    /** The problem as {@code platform.problems.Problems} and {@code platform.web.ProblemDetailsAdvice} write it. */
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", text("A URI naming the kind of problem, e.g. "
                + "https://gemeinsam.berlin/problems/invalid-request; about:blank for a bare HTTP status.", "uri"));
        properties.put("title", text("Short summary of the kind of problem, in the caller's language.", null));
        properties.put("status", typed("integer", "The HTTP status.").format("int32"));
        properties.put("detail", text("What went wrong with this request, in the caller's language.", null));
        properties.put("instance", text("The path of the request.", "uri-reference"));
        properties.put("errors", typed("array", "Each bad field of bad input (400), or the field naming an "
                + "unknown id (404).").items(new JsonSchema().$ref("#/components/schemas/" + FIELD_ERROR)));
        properties.put("currentState", text("The resource's current state (409 of a forbidden change).", null));
        properties.put("allowedChanges", typed("array", "The changes the current state allows (409 of a forbidden "
                + "change).").items(text(null, null)));
        Schema<?> problem = typed("object", "An RFC 9457 problem.");
        problem.setProperties(properties);
        problem.setRequired(List.of("title", "status"));
        return problem;
    }

    private static Schema<?> fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", text("The bad field as the client sent it: a property path (e.g. target.id, "
                + "items[0]), a parameter or a header name.", null));
        properties.put("message", text("What is wrong with it, in the caller's language.", null));
        Schema<?> error = typed("object", "One bad field of a request.");
        error.setProperties(properties);
        error.setRequired(List.of("field", "message"));
        return error;
    }

    private static Schema<?> text(String description, String format) {
        return typed("string", description).format(format);
    }

    private static Schema<?> typed(String type, String description) {
        Schema<?> schema = new JsonSchema();
        schema.types(Set.of(type));
        return schema.description(description);
    }
    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(text(null, null));
    }
}
