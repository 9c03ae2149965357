package berlin.gemeinsam.platform.units;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which instance this is: a service started for exactly one unit.
 *
 * @param unit    id of the owning unit (environment {@code GEMEINSAM_UNIT}), one of {@code units.json}
 * @param service the service's name, part of the event source, the database and the consumer groups
 */
@Validated
@ConfigurationProperties("gemeinsam")
public record InstanceProperties(@NotBlank String unit, @NotBlank String service) {
}
