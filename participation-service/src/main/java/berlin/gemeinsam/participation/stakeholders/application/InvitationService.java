package berlin.gemeinsam.participation.stakeholders.application;

import berlin.gemeinsam.participation.stakeholders.domain.InvitedContribution;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationTarget;
import berlin.gemeinsam.participation.stakeholders.domain.Multiplier;
import berlin.gemeinsam.participation.stakeholders.domain.MultiplierKind;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.errors.InvalidFieldException;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invitation codes: a multiplier (or the unit's admin for it) creates one for an idea or a format, may revoke it,
 * and sees how many contributions arrived through each. Supports, comments and registrations ask here whether the
 * code they were given is valid for their target, and write the attribution with themselves.
 */
@Service
public class InvitationService {

    /** A new code colliding with one of the few existing is unlikely; a few attempts make it impossible in practice. */
    private static final int CODE_ATTEMPTS = 5;

    private final InvitationCodes codes;
    private final MultiplierService multipliers;
    private final OrganisationService organisations;
    private final InvitationTargets targets;
    private final AttributedContributions contributions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationService(InvitationCodes codes, MultiplierService multipliers, OrganisationService organisations,
                      InvitationTargets targets, AttributedContributions contributions,
                      Clock clock) {
        this.codes = codes;
        this.multipliers = multipliers;
        this.organisations = organisations;
        this.targets = targets;
        this.contributions = contributions;
        this.clock = clock;
    }

    /**
     * A new code of the multiplier for an idea known here or a format of the unit, valid until {@code expiresAt} if
     * given; for the unit's admins and the person the multiplier is.
     */
    public CodeWithReach create(String multiplierId, InvitationTarget targetType, String targetId,
                                 Instant expiresAt) {
        Multiplier multiplier = multipliers.visible(multiplierId);
        if (!targets.exists(targetType, targetId)) {
            throw new NotFoundException(targetType == InvitationTarget.IDEA ? "idea" : "format", targetId,
                    "targetId");
        }
        HelixGroup group = multiplier.getKind() == MultiplierKind.ORGANISATION
                ? organisations.get(multiplier.getOrganisationId()).getHelixGroup() : multiplier.getHelixGroup();
        for (int attempt = 1; ; attempt++) {
            InvitationCode code = InvitationCode.create(InvitationCode.generate(random), multiplier, group,
                    targetType, targetId, expiresAt, clock.instant());
            try {
                codes.add(code);
                return withReach(List.of(code)).get(0);
            } catch (DuplicateException taken) {
                if (attempt == CODE_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    /** Revokes one of the multiplier's codes; revoking again changes nothing. */
    public CodeWithReach revoke(String multiplierId, String code) {
        multipliers.visible(multiplierId);
        InvitationCode revoked = ConcurrentChanges.retry(() -> {
            InvitationCode found = codes.find(code).filter(c -> c.getMultiplierId().equals(multiplierId))
                    .orElseThrow(() -> new NotFoundException("invitation-code", code));
            if (found.revoke(clock.instant())) {
                codes.save(found);
            }
            return found;
        });
        return withReach(List.of(revoked)).get(0);
    }

    /** The multiplier's codes, each with the contributions that arrived through it, per kind. */
    public List<CodeWithReach> codesOf(String multiplierId) {
        multipliers.visible(multiplierId);
        return withReach(codes.ofMultiplier(multiplierId));
    }

    private List<CodeWithReach> withReach(List<InvitationCode> all) {
        List<String> ids = all.stream().map(InvitationCode::getId).toList();
        Map<InvitedContribution, Map<String, Long>> counted = ids.isEmpty() ? Map.of()
                : contributions.countByInvitationCode(ids);
        Instant now = clock.instant();
        return all.stream().map(code -> {
            Map<InvitedContribution, Long> reach = new EnumMap<>(InvitedContribution.class);
            for (InvitedContribution kind : InvitedContribution.values()) {
                reach.put(kind, counted.getOrDefault(kind, Map.of()).getOrDefault(code.getId(), 0L));
            }
            return new CodeWithReach(code, code.stateAt(now), reach);
        }).toList();
    }

    /**
     * The code a contribution to the target arrives through, checked before the contribution stores anything; none
     * when the request gave none.
     *
     * @throws InvalidFieldException naming {@code invitationCode} when it is unknown, revoked, expired or for another
     *                               target
     */
    public Optional<InvitationCode> validFor(String code, InvitationTarget targetType, String targetId) {
        if (code == null) {
            return Optional.empty();
        }
        InvitationCode found = codes.find(code)
                .orElseThrow(() -> new InvalidFieldException(InvitationCode.FIELD, "invitation.unknown"));
        found.requireValidFor(targetType, targetId, clock.instant());
        return Optional.of(found);
    }

    /**
     * A code, its state now ({@code ACTIVE}, {@code EXPIRED}, {@code REVOKED}) and how many contributions of each kind
     * arrived through it.
     */
    public record CodeWithReach(InvitationCode code, String state, Map<InvitedContribution, Long> reach) {

        public long total() {
            return reach.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
