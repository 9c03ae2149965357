package berlin.gemeinsam.participation.stakeholders.web;

import berlin.gemeinsam.participation.stakeholders.application.InvitationService;
import berlin.gemeinsam.participation.stakeholders.application.MultiplierService;
import berlin.gemeinsam.participation.stakeholders.domain.Consent;
import berlin.gemeinsam.participation.stakeholders.domain.ContactData;
import berlin.gemeinsam.participation.stakeholders.domain.InvitedContribution;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationTarget;
import berlin.gemeinsam.participation.stakeholders.domain.Multiplier;
import berlin.gemeinsam.participation.stakeholders.domain.MultiplierContact;
import berlin.gemeinsam.participation.stakeholders.domain.MultiplierKind;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.audit.AuditLog;
import berlin.gemeinsam.platform.errors.InvalidFieldException;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.web.Creation;
import berlin.gemeinsam.platform.web.ResourceIds;
import berlin.gemeinsam.platform.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Multipliers of the unit, their contact data and their invitation codes. The unit's admins register organisations
 * of the list and persons, a citizen registers themself; all of it is seen only by the unit's admins and the person a
 * multiplier is (404 for anybody else). Contact data needs a consent and is answered only by its own endpoint.
 */
@RestController
@RequestMapping("/api/v1/multipliers")
class MultiplierController {

    private final MultiplierService multipliers;
    private final InvitationService invitations;
    private final AuditLog audit;

    MultiplierController(MultiplierService multipliers, InvitationService invitations, AuditLog audit) {
        this.multipliers = multipliers;
        this.invitations = invitations;
        this.audit = audit;
    }

    /**
     * {@code ORGANISATION} names {@code organisationId}; {@code PERSON} names {@code personId} (a citizen: their own
     * token subject) and the {@code helixGroup} the person reaches. {@code contact} only with {@code consent}.
     */
    @PostMapping
    ResponseEntity<MultiplierView> register(@Valid @RequestBody MultiplierRequest request) {
        ContactData contact = request.contact() == null ? null : request.contact().data();
        MultiplierService.ConsentGiven consent = request.consent() == null ? null : request.consent().given();
        Multiplier multiplier = switch (request.kind()) {
            case ORGANISATION -> multipliers.registerOrganisation(required("organisationId",
                    ResourceIds.canonical(request.organisationId())), contact, consent);
            case PERSON -> multipliers.registerPerson(required("personId", request.personId()),
                    required("helixGroup", request.helixGroup()), contact, consent);
        };
        audit.record("register", "multiplier", multiplier.getId());
        return Creation.created(multiplier.getId(), MultiplierView.of(multiplier));
    }

    /** The unit's multipliers, for its admins; {@code next} is the cursor of the following page. */
    @GetMapping
    MultiplierPage list(@RequestParam(required = false) @Size(max = 500) String cursor,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        Optional<Cursor> after = Optional.ofNullable(cursor).map(encoded -> Cursor.parse(encoded, 2));
        CursorPage<MultiplierView> page = multipliers.page(after, limit).map(MultiplierView::of);
        return new MultiplierPage(page.items(), page.next().map(Cursor::encoded).orElse(null));
    }

    @GetMapping("/{id}")
    MultiplierView get(@PathVariable String id) {
        return MultiplierView.of(multipliers.get(id));
    }

    /** The contact data with the consent it is kept under. */
    @GetMapping("/{id}/contact")
    ContactView contact(@PathVariable String id) {
        return ContactView.of(multipliers.contact(id));
    }

    /** Records contact data with a (new) consent, replacing what was kept. */
    @PutMapping("/{id}/contact")
    ContactView recordContact(@PathVariable String id, @Valid @RequestBody ContactRequest request) {
        MultiplierContact contact = multipliers.recordContact(id, request.contact() == null ? null
                : request.contact().data(), request.consent() == null ? null : request.consent().given());
        audit.record("record-contact", "multiplier", id);
        return ContactView.of(contact);
    }

    /** The consent is withdrawn: the contact data is erased. Erasing again answers the same. */
    @DeleteMapping("/{id}/contact")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void eraseContact(@PathVariable String id) {
        multipliers.eraseContact(id);
        audit.record("erase-contact", "multiplier", id);
    }

    /** A new code for an idea known here or a format of the unit; {@code expiresAt} is optional. */
    @PostMapping("/{id}/invitation-codes")
    ResponseEntity<CodeView> createCode(@PathVariable String id, @Valid @RequestBody CodeRequest request) {
        InvitationService.CodeWithReach code = invitations.create(id, request.targetType(),
                ResourceIds.canonical(request.targetId()),
                request.expiresAt() == null ? null : request.expiresAt().toInstant());
        audit.record("create-invitation-code", "multiplier", id);
        return Creation.created(code.code().getId(), CodeView.of(code));
    }

    /** The multiplier's codes, each with the contributions that arrived through it. */
    @GetMapping("/{id}/invitation-codes")
    List<CodeView> codes(@PathVariable String id) {
        return invitations.codesOf(id).stream().map(CodeView::of).toList();
    }

    /** Nothing arrives through the code any more; revoking again answers the same. */
    @PostMapping("/{id}/invitation-codes/{code}/revoke")
    CodeView revoke(@PathVariable String id, @PathVariable String code) {
        CodeView revoked = CodeView.of(invitations.revoke(id, code));
        audit.record("revoke-invitation-code", "multiplier", id);
        return revoked;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "multiplier.field-required");
        }
        return value;
    }

    record MultiplierRequest(
            @NotNull MultiplierKind kind,
            @Pattern(regexp = ResourceIds.PATTERN, message = "{format.not-a-uuid}") String organisationId,
            @Size(max = 100) @Text String personId,
            HelixGroup helixGroup,
            @Valid ContactRequest.Contact contact,
            @Valid ContactRequest.ConsentRequest consent) {
    }

    /** Contact data as given (any of name, e-mail, phone) with the consent that allows keeping it. */
    record ContactRequest(@Valid Contact contact, @Valid ConsentRequest consent) {

        record Contact(
                @Size(max = 200) @Text String name,
                @Email @Size(max = 254) String email,
                @Pattern(regexp = "[+0-9 ()/-]{3,30}", message = "{multiplier.phone-invalid}") String phone) {

            ContactData data() {
                return new ContactData(blankToNull(name), blankToNull(email), blankToNull(phone));
            }

            private static String blankToNull(String text) {
                return text == null || text.isBlank() ? null : text;
            }
        }

        /** {@code purpose}: what the contact data is kept for; {@code textVersion}: the consent text agreed to. */
        record ConsentRequest(
                @NotBlank @Size(max = 500) @Text String purpose,
                @NotBlank @Size(max = 50) @Text String textVersion) {

            MultiplierService.ConsentGiven given() {
                return new MultiplierService.ConsentGiven(purpose, textVersion);
            }
        }
    }

    record CodeRequest(
            @NotNull InvitationTarget targetType,
            @NotNull @Pattern(regexp = ResourceIds.PATTERN, message = "{format.not-a-uuid}") String targetId,
            OffsetDateTime expiresAt) {
    }

    record MultiplierPage(List<MultiplierView> items, String next) {
    }

    /** A multiplier without its contact data, which only its own endpoint answers. */
    record MultiplierView(String id, String unit, MultiplierKind kind, String organisationId, String personId,
                          HelixGroup helixGroup, Instant registeredAt) {

        static MultiplierView of(Multiplier multiplier) {
            return new MultiplierView(multiplier.getId(), multiplier.getUnit(), multiplier.getKind(),
                    multiplier.getOrganisationId(), multiplier.getPersonId(), multiplier.getHelixGroup(),
                    multiplier.getRegisteredAt());
        }
    }

    record ContactView(String multiplierId, String name, String email, String phone, Consent consent) {

        static ContactView of(MultiplierContact contact) {
            return new ContactView(contact.getId(), contact.getContact().name(), contact.getContact().email(),
                    contact.getContact().phone(), contact.getConsent());
        }
    }

    /**
     * A code with its {@code state} ({@code ACTIVE}, {@code EXPIRED}, {@code REVOKED}) and the contributions that
     * arrived through it, per kind and in all.
     */
    record CodeView(String code, String multiplierId, InvitationTarget targetType, String targetId,
                    HelixGroup helixGroup, Instant createdAt, Instant expiresAt, Instant revokedAt, String state,
                    Map<InvitedContribution, Long> contributions, long total) {

        static CodeView of(InvitationService.CodeWithReach reach) {
            InvitationCode code = reach.code();
            return new CodeView(code.getId(), code.getMultiplierId(), code.getTargetType(), code.getTargetId(),
                    code.getHelixGroup(), code.getCreatedAt(), code.getExpiresAt(), code.getRevokedAt(),
                    reach.state(), reach.reach(), reach.total());
        }
    }
}
