package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.stakeholders.domain.Organisation;
import berlin.gemeinsam.participation.stakeholders.domain.OrganisationDetails;
import berlin.gemeinsam.platform.errors.InvalidFieldException;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.ids.TimeOrderedIds;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.units.OwningUnit;
import berlin.gemeinsam.platform.units.UnitRegistry;
import berlin.gemeinsam.platform.versions.ExpectedVersion;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The unit's list of stakeholder organisations: its admins add and change them, anybody reads them. The units an
 * organisation acts in must be units of the registry.
 */
@Service
public class OrganisationService {

    private final Organisations organisations;
    private final UnitRegistry units;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    OrganisationService(Organisations organisations, UnitRegistry units, Access access, OwningUnit owner,
                        Clock clock) {
        this.organisations = organisations;
        this.units = units;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    public Organisation create(OrganisationDetails details) {
        access.unitAdminOf(owner.id());
        requireKnownUnits(details);
        Organisation organisation = Organisation.create(TimeOrderedIds.random(clock.instant()), owner.id(), details,
                clock.instant());
        organisations.add(organisation);
        return organisation;
    }

    /** Changes the organisation when it is at the version the caller read ({@code If-Match}). */
    public Organisation change(String id, ExpectedVersion expected, OrganisationDetails details) {
        access.unitAdminOf(owner.id());
        requireKnownUnits(details);
        ConcurrentChanges.retry(() -> {
            Organisation organisation = get(id);
            expected.check("organisation", id, organisation.getVersion());
            organisation.change(details, clock.instant());
            organisations.save(organisation);
            return organisation;
        });
        return get(id);
    }

    public Organisation get(String id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    public CursorPage<Organisation> page(Optional<Cursor> after, int limit) {
        return organisations.page(after, limit);
    }

    private void requireKnownUnits(OrganisationDetails details) {
        List<String> unknown = details.units().stream().filter(unit -> units.find(unit).isEmpty()).distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException("units", "organisation.unknown-units", String.join(", ", unknown));
        }
    }
}
