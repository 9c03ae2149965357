package berlin.gemeinsam.participation.stakeholders;

import berlin.gemeinsam.events.participation.InvitationRedeemed;
import berlin.gemeinsam.participation.stakeholders.domain.InvitedContribution;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationTarget;
import berlin.gemeinsam.participation.stakeholders.domain.Multiplier;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationCodeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String IDEA = "6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f";
    private static final String OTHER_IDEA = "0194a1b2-0000-7000-8000-000000000002";
    private static final Multiplier ANNA = Multiplier.person("mitte", "p-anna", HelixGroup.CIVIL_SOCIETY, NOW);

    private static InvitationCode code(Instant expiresAt) {
        return InvitationCode.create("ABCD2345EF", ANNA, HelixGroup.CIVIL_SOCIETY, InvitationTarget.IDEA, IDEA,
                expiresAt, NOW);
    }

    private static String fieldOf(Throwable thrown) {
        return ((InvalidFieldException) thrown).field();
    }

    @Test
    void generatedCodesHaveTheShapeAndLeaveOutCharactersThatAreEasilyMistaken() {
        Random random = new Random(7);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = InvitationCode.generate(random);
            assertThat(code).matches(InvitationCode.PATTERN).hasSize(InvitationCode.LENGTH)
                    .doesNotContain("0", "O", "1", "I");
            codes.add(code);
        }
        assertThat(codes).hasSize(1_000);
    }

    @Test
    void aContributionThroughTheCodeIsAttributedToTheMultiplierWithoutNamingThePerson() {
        InvitationCode code = code(null);
        code.requireValidFor(InvitationTarget.IDEA, IDEA, NOW.plus(Duration.ofDays(400)));

        InvitationRedeemed support = code.redeemed(InvitedContribution.SUPPORT, "support-1", HelixGroup.SCIENCE, NOW);
        InvitationRedeemed comment = code.redeemed(InvitedContribution.COMMENT, "comment-1", null, NOW);

        assertThat(support).isEqualTo(new InvitationRedeemed("ABCD2345EF", ANNA.getId(), "IDEA", IDEA, "mitte",
                "SUPPORT", "support-1", "SCIENCE", NOW));
        assertThat(comment.helixGroup()).as("a comment has no group: the multiplier's counts")
                .isEqualTo("CIVIL_SOCIETY");
        assertThat(support.toString()).doesNotContain("p-anna");
    }

    @Test
    void anExpiredRevokedOrOtherTargetsCodeIsBadInputNamingTheCode() {
        InvitationCode expiring = code(NOW.plus(Duration.ofDays(7)));
        expiring.requireValidFor(InvitationTarget.IDEA, IDEA, NOW.plus(Duration.ofDays(7)).minusMillis(1));
        assertThat(expiring.stateAt(NOW)).isEqualTo("ACTIVE");

        assertThatThrownBy(() -> expiring.requireValidFor(InvitationTarget.IDEA, IDEA, NOW.plus(Duration.ofDays(7))))
                .satisfies(thrown -> assertThat(fieldOf(thrown)).isEqualTo("invitationCode"))
                .hasMessageContaining("invitation.expired");
        assertThat(expiring.stateAt(NOW.plus(Duration.ofDays(8)))).isEqualTo("EXPIRED");
        assertThatThrownBy(() -> expiring.requireValidFor(InvitationTarget.IDEA, OTHER_IDEA, NOW))
                .hasMessageContaining("invitation.other-target");
        assertThatThrownBy(() -> expiring.requireValidFor(InvitationTarget.FORMAT, IDEA, NOW))
                .hasMessageContaining("invitation.other-target");

        assertThat(expiring.revoke(NOW)).isTrue();
        assertThat(expiring.revoke(NOW.plusSeconds(1))).as("revoking again changes nothing").isFalse();
        assertThat(expiring.getRevokedAt()).isEqualTo(NOW);
        assertThat(expiring.stateAt(NOW)).isEqualTo("REVOKED");
        assertThatThrownBy(() -> expiring.requireValidFor(InvitationTarget.IDEA, IDEA, NOW))
                .hasMessageContaining("invitation.revoked");
    }

    @Test
    void aCodeCannotExpireBeforeItIsMade() {
        assertThatThrownBy(() -> code(NOW))
                .satisfies(thrown -> assertThat(fieldOf(thrown)).isEqualTo("expiresAt"));
    }
}
