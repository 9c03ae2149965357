package berlin.gemeinsam.participation.stakeholders.domain;

import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.util.List;
import java.util.Objects;

/**
 * What an organisation is: its name, the helix group it belongs to, the units it acts in (ids of the unit registry,
 * checked by the caller) and an optional description.
 */
public record OrganisationDetails(String name, HelixGroup helixGroup, List<String> units, String description) {

    public OrganisationDetails {
        Objects.requireNonNull(name, "an organisation has a name");
        Objects.requireNonNull(helixGroup, "an organisation belongs to a helix group");
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("an organisation acts in at least one unit");
        }
    }
}
