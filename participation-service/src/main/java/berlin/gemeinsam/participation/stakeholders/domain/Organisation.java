package berlin.gemeinsam.participation.stakeholders.domain;

import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stakeholder organisation (an association, a company, a research institute, an office) that the unit's admins
 * keep on the unit's list, with its helix group and the units it acts in. It is public: nothing on it names a person.
 */
public class Organisation {

    private final String id;
    /** The unit whose list it is on; its admins change it. */
    private final String unit;
    private String name;
    private HelixGroup helixGroup;
    private List<String> units;
    private String description;
    private final Instant createdAt;
    private Instant changedAt;
    private final long version;

    Organisation(String id, String unit, String name, HelixGroup helixGroup, List<String> units, String description,
                 Instant createdAt, Instant changedAt, long version) {
        this.id = id;
        this.unit = unit;
        this.name = name;
        this.helixGroup = helixGroup;
        this.units = List.copyOf(units);
        this.description = description;
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.version = version;
    }

    public static Organisation create(String id, String unit, OrganisationDetails details, Instant now) {
        Objects.requireNonNull(details, "an organisation needs its details");
        return new Organisation(id, unit, details.name(), details.helixGroup(), details.units(),
                details.description(), now, now, 0);
    }

    /** Replaces what the organisation is; invitation codes its multipliers create from now on carry the new group. */
    public void change(OrganisationDetails details, Instant now) {
        Objects.requireNonNull(details, "an organisation needs its details");
        name = details.name();
        helixGroup = details.helixGroup();
        units = details.units();
        description = details.description();
        changedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public HelixGroup getHelixGroup() {
        return helixGroup;
    }

    public List<String> getUnits() {
        return units;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
