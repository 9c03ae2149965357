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
        if (handler.hasMethodAnnotation(PostMapping.class) && !noBody) {
            ApiResponse found = responses.remove(OK);
            responses.addApiResponse("201", new ApiResponse().description("Created; Location names it.")
                    .content(found.getContent()).addHeaderObject("Location", location()));
            if (takesIdempotencyKey(operation)) {
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

    private static boolean takesIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> ProblemResponses.IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()));
    }

    private static Header location() {
        Schema<?> uri = new JsonSchema();
        uri.types(Set.of("string"));
        return new Header().description("The URI of the resource.").schema(uri.format("uri"));
    }
}
