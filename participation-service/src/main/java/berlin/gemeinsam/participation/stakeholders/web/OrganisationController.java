package berlin.gemeinsam.participation.stakeholders.web;

import berlin.gemeinsam.participation.contributions.web.NoMarkup;
import berlin.gemeinsam.participation.stakeholders.application.OrganisationService;
import berlin.gemeinsam.participation.stakeholders.domain.Organisation;
import berlin.gemeinsam.participation.stakeholders.domain.OrganisationDetails;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.EntityTags;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The unit's stakeholder organisations with their helix group and the units they act in: its admins add and change
 * them, anybody reads them. The list is read in pages linked by cursors, in the order the organisations were added.
 */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationController {

    private final OrganisationService organisations;
    private final AuditLog audit;

    OrganisationController(OrganisationService organisations, AuditLog audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationRequest request) {
        Organisation organisation = organisations.create(request.details());
        audit.record("create", "organisation", organisation.getId());
        ResponseEntity<OrganisationView> created = Creation.created(organisation.getId(),
                OrganisationView.of(organisation));
        return ResponseEntity.status(created.getStatusCode()).headers(created.getHeaders())
                .eTag(EntityTags.of(organisation.getVersion())).body(created.getBody());
    }

    /** {@code next} is the cursor of the following page, absent on the last. */
    @GetMapping
    OrganisationPage list(@RequestParam(required = false) @Size(max = 500) String cursor,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        Optional<Cursor> after = Optional.ofNullable(cursor).map(encoded -> Cursor.parse(encoded, 1));
        CursorPage<OrganisationView> page = organisations.page(after, limit).map(OrganisationView::of);
        return new OrganisationPage(page.items(), page.next().map(Cursor::encoded).orElse(null));
    }

    @GetMapping("/{id}")
    ResponseEntity<OrganisationView> get(@PathVariable String id) {
        return withVersion(organisations.get(id));
    }

    /** Changes the whole organisation; {@code If-Match} with the ETag read, else 412 when it changed since. */
    @PutMapping("/{id}")
    ResponseEntity<OrganisationView> change(@PathVariable String id, @Valid @RequestBody OrganisationRequest request,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        Organisation organisation = organisations.change(id, EntityTags.expectedBy(ifMatch), request.details());
        audit.record("change", "organisation", id);
        return withVersion(organisation);
    }

    private static ResponseEntity<OrganisationView> withVersion(Organisation organisation) {
        return ResponseEntity.ok().eTag(EntityTags.of(organisation.getVersion()))
                .body(OrganisationView.of(organisation));
    }

    /** {@code units}: ids of the units the organisation acts in, from the unit registry. */
    record OrganisationRequest(
            @NotBlank @Size(max = 200) @Text @NoMarkup String name,
            @NotNull HelixGroup helixGroup,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 60) String> units,
            @Size(max = 2000) @Text(multiline = true) @NoMarkup String description) {

        OrganisationDetails details() {
            return new OrganisationDetails(name, helixGroup, units.stream().distinct().toList(),
                    description == null || description.isBlank() ? null : description);
        }
    }

    record OrganisationPage(List<OrganisationView> items, String next) {
    }

    record OrganisationView(String id, String unit, String name, HelixGroup helixGroup, List<String> units,
                            String description, Instant createdAt, Instant changedAt) {

        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(organisation.getId(), organisation.getUnit(), organisation.getName(),
                    organisation.getHelixGroup(), organisation.getUnits(), organisation.getDescription(),
                    organisation.getCreatedAt(), organisation.getChangedAt());
        }
    }
}
