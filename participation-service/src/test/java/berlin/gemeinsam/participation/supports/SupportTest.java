package berlin.gemeinsam.participation.supports;

import berlin.gemeinsam.events.participation.FollowRequested;
import berlin.gemeinsam.events.participation.SupportGiven;
import berlin.gemeinsam.events.participation.SupportWithdrawn;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.participation.supports.domain.Support;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupportTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String IDEA = "6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f";

    @Test
    void aSupportIsEventOwnedByTheSupportingUnitAndNamesOnlyTheHelixGroup() {
        Support.Given given = Support.give("mitte", IDEA, "pankow", "participant-7", HelixGroup.SCIENCE, NOW);

        Support support = given.support();
        assertThat(support.getIdeaUnit()).isEqualTo("pankow");
        assertThat(support.getParticipantId()).isEqualTo("participant-7");
        assertThat(support.getGivenAt()).isEqualTo(NOW);
        assertThat(given.event()).isEqualTo(new SupportGiven(support.getId(), IDEA, "mitte", "SCIENCE", NOW));
        assertThat(given.event().toString()).doesNotContain("participant-7");
    }

    @Test
    void theSameParticipantSupportingTheSameIdeaAgainGetsTheSameIdSoTheStoreRefusesIt() {
        String first = Support.give("mitte", IDEA, "pankow", "p-1", HelixGroup.STATE, NOW).support().getId();

        assertThat(Support.give("mitte", IDEA, "pankow", "p-1", HelixGroup.PUBLIC, NOW.plusSeconds(5))
                .support().getId()).isEqualTo(first);
        assertThat(Support.give("mitte", IDEA, "pankow", "p-2", HelixGroup.STATE, NOW).support().getId())
                .isNotEqualTo(first);
        assertThat(Support.give("mitte", "other-idea", "pankow", "p-1", HelixGroup.STATE, NOW).support().getId())
                .isNotEqualTo(first);
        assertThat(Support.give("pankow", IDEA, "pankow", "p-1", HelixGroup.STATE, NOW).support().getId())
                .as("supports of different units reach the same idea owner and must stay apart")
                .isNotEqualTo(first);
    }

    @Test
    void aSupportCarriedOverToTheSurvivorOfAMergeIsThatParticipantsSupportOfTheSurvivor() {
        String survivor = "0194a1b2-0000-7000-8000-000000000002";
        Support ofDuplicate = Support.give("mitte", IDEA, "pankow", "p-1", HelixGroup.SCIENCE, NOW).support();

        Support.Given carried = ofDuplicate.carriedOverTo(survivor, "pankow", "mitte", NOW.plusSeconds(60));

        assertThat(carried.support().getId()).isEqualTo(
                Support.give("mitte", survivor, "pankow", "p-1", HelixGroup.STATE, NOW).support().getId());
        assertThat(carried.support().getParticipantId()).isEqualTo("p-1");
        assertThat(carried.event()).isEqualTo(new SupportGiven(carried.support().getId(), survivor, "mitte",
                "SCIENCE", NOW.plusSeconds(60)));
    }

    @Test
    void aSupportNeedsItsParticipantAndHelixGroup() {
        assertThatThrownBy(() -> Support.give("mitte", IDEA, "pankow", null, HelixGroup.STATE, NOW))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Support.give("mitte", IDEA, "pankow", "p-1", null, NOW))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aWithdrawnSupportIsWithdrawnOnceAndCanBeGivenAgainForAnotherGroupButNotTwice() {
        Support support = Support.give("mitte", IDEA, "pankow", "p-1", HelixGroup.STATE, NOW).support();

        assertThatThrownBy(() -> support.giveAgain("mitte", HelixGroup.PUBLIC, NOW))
                .isInstanceOf(DuplicateException.class);
        assertThat(support.withdraw("mitte", NOW.plusSeconds(60)))
                .contains(new SupportWithdrawn(support.getId(), IDEA, "mitte", "STATE", NOW.plusSeconds(60)));
        assertThat(support.stands()).isFalse();
        assertThat(support.withdraw("mitte", NOW.plusSeconds(90))).isEmpty();
        assertThat(support.getWithdrawnAt()).isEqualTo(NOW.plusSeconds(60));

        assertThat(support.giveAgain("mitte", HelixGroup.PUBLIC, NOW.plusSeconds(120)))
                .isEqualTo(new SupportGiven(support.getId(), IDEA, "mitte", "PUBLIC", NOW.plusSeconds(120)));
        assertThat(support.stands()).isTrue();
        assertThat(support.getWithdrawnAt()).isNull();
        assertThat(support.getHelixGroup()).isEqualTo(HelixGroup.PUBLIC);
    }

    @Test
    void aSupportMakesItsSupporterFollowTheIdeaOnceEvenWhenGivenAgain() {
        Support support = Support.give("mitte", IDEA, "pankow", "p-1", HelixGroup.STATE, NOW).support();

        assertThat(support.requestFollow("mitte", NOW))
                .contains(new FollowRequested("p-1", "IDEA", IDEA, "mitte", "SUPPORT", NOW));
        support.withdraw("mitte", NOW.plusSeconds(60));
        support.giveAgain("mitte", HelixGroup.PUBLIC, NOW.plusSeconds(120));

        assertThat(support.requestFollow("mitte", NOW.plusSeconds(120))).isEmpty();
        assertThat(support.isFollowRequested()).isTrue();
    }

    @Test
    void aSupportGivenWithoutFollowingAsksForItWhenGivenAgainWithFollowing() {
        Support support = Support.give("mitte", IDEA, "pankow", "p-1", HelixGroup.STATE, NOW).support();
        support.withdraw("mitte", NOW.plusSeconds(60));
        support.giveAgain("mitte", HelixGroup.STATE, NOW.plusSeconds(120));

        assertThat(support.isFollowRequested()).isFalse();
        assertThat(support.requestFollow("mitte", NOW.plusSeconds(120))).isPresent();
    }
}
