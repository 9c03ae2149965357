package berlin.gemeinsam.monitor;

import berlin.gemeinsam.platform.contracts.ContractsConfiguration;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * The monitor's OpenAPI document: unlike a service's published content, every read of the monitor needs a token (the
 * central office or a unit admin), so each operation names the bearer scheme alone and answers 401 and 403. An
 * auto-configuration after the platform's contracts, so that this customizer runs after the platform's, which
 * describes reads as open.
 */
@AutoConfiguration(after = ContractsConfiguration.class)
public class MonitorContracts {

    private static final String BEARER = "bearer";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String DESCRIPTION = "The central office's monitor of one Kafka cluster: every unit's "
            + "streams, the consumer groups' lag, the dead-letter topics and the replay of a dead letter to its "
            + "original topic; read from Kafka, never from a unit's database. Every request needs a bearer JWT: the "
            + "central office reads every unit, a unit admin reads their own unit's and replays its dead letters. "
            + "Every error is an RFC 9457 problem (application/problem+json) in German, or English with "
            + "Accept-Language: en.";

    @Bean
    OpenApiCustomizer everyReadNeedsAToken() {
        return openApi -> {
            if (openApi.getInfo() != null) {
                openApi.getInfo().description(DESCRIPTION);
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
                        : operation.getResponses();
                responses.putIfAbsent("401", problem("No token, or one that is forged, expired or not meant for "
                        + "this service."));
                responses.putIfAbsent("403", problem("Neither the central office nor a unit admin of the unit."));
                operation.setResponses(responses);
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
            }));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref(PROBLEM))));
    }
}
