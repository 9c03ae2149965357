package berlin.gemeinsam.platform.contracts;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.Set;

/**
 * The success statuses the platform's answers have, which springdoc cannot see in a {@link ResponseEntity}: a POST
 * that answers with a resource creates it (201 with its {@code Location}, {@code platform.web.Creation}), and with
 * an idempotency key a repeat finds the first one (200, same {@code Location}); a DELETE without a body answers 204.
 * A change that takes {@code If-Match} changes an existing resource: 200 with its new version as {@code ETag}.
 */
class SuccessResponses implements OperationCustomizer {

    private static final String OK = "200";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        if (responses == null || !responses.containsKey(OK)) {
            return operation;
        }
        ResolvableType answer = ResolvableType.forMethodReturnType(handler.getMethod());
        if (!ResponseEntity.class.equals(answer.resolve())) {
            return operation;
        }
        boolean noBody = Void.class.equals(answer.getGeneric(0).resolve());
        if (takes(operation, ProblemResponses.IF_MATCH)) {
            responses.get(OK).addHeaderObject("ETag", new Header()
                    .description("The resource's version after the change, for the If-Match of the next one.")
                    .schema(text()));
        } else if (handler.hasMethodAnnotation(PostMapping.class) && !noBody) {
            ApiResponse found = responses.remove(OK);
            responses.addApiResponse("201", new ApiResponse().description("Created; Location names it.")
                    .content(found.getContent()).addHeaderObject("Location", location()));
            if (takes(operation, ProblemResponses.IDEMPOTENCY_KEY)) {
                responses.addApiResponse(OK, found.description("A repeat with the same Idempotency-Key: the "
                        + "resource the first request created; Location names it.")
                        .addHeaderObject("Location", location()));
            }
        } else if (handler.hasMethodAnnotation(DeleteMapping.class) && noBody) {
            responses.remove(OK);
            responses.addApiResponse("204", new ApiResponse().description("Done."));
        }
        return operation;
    }

    private static boolean takes(Operation operation, String header) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> header.equalsIgnoreCase(parameter.getName()));
    }

    private static Header location() {
        return new Header().description("The URI of the resource.").schema(text().format("uri"));
    }

    private static Schema<?> text() {
        Schema<?> text = new JsonSchema();
        text.types(Set.of("string"));
        return text;
    }
}
