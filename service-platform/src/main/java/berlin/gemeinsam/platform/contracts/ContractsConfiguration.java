package berlin.gemeinsam.platform.contracts;

import berlin.gemeinsam.platform.units.InstanceProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import java.util.List;

/**
 * The published contracts of a service: its OpenAPI document (springdoc, at {@code /v3/api-docs} with Swagger UI)
 * with the problems every operation can answer and the bearer token scheme, and, where the service publishes
 * events, the AsyncAPI document of the event catalogue.
 */
@AutoConfiguration
public class ContractsConfiguration {

    /** The version where the build wrote no build-info (a test of the platform alone). */
    private static final String UNKNOWN_VERSION = "unversioned";

    @Bean
    OpenAPI serviceOpenApi(InstanceProperties instance, ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String summary = properties == null || properties.get("description") == null ? ""
                : properties.get("description").strip() + "\n\n";
        return new OpenAPI()
                .info(new Info()
                        .title(instance.service())
                        .version(properties == null ? UNKNOWN_VERSION : properties.getVersion())
                        .description(summary + "A service of Gemeinsam, run by each administration unit for its own "
                                + "data. Published content is readable without a token; every write needs a bearer "
                                + "JWT whose roles and unit allow it. Every error is an RFC 9457 problem "
                                + "(application/problem+json) in German, or English with Accept-Language: en."))
                // relative: the document is the same on every host and port
                .servers(List.of(new Server().url("/")));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    OperationCustomizer successResponses() {
        return new SuccessResponses();
    }

    @Bean
    @Conditional(PublishesEvents.class)
    AsyncApiEndpoint asyncApiEndpoint() {
        return new AsyncApiEndpoint();
    }
}
