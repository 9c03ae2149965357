package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.events.GuidingPrinciple;
import berlin.gemeinsam.events.measures.MeasureIdeaLinked;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.measures.MeasureProposedV2;
import berlin.gemeinsam.measures.measure.domain.LinkedIdea;
import berlin.gemeinsam.measures.measure.domain.Mandate;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.measures.measure.domain.SourceIdeaState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureContentTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Measure.Proposal proposal(String sourceIdeaId, Mandate mandate) {
        return Measure.propose("m-1", "mitte", "Trinkbrunnen", "Wasser im Sommer", MeasureType.NETWORK,
                sourceIdeaId, List.of("pankow", "central", "pankow"),
                List.of(Category.HEALTH, Category.ENVIRONMENT_CLIMATE, Category.HEALTH),
                List.of(GuidingPrinciple.COMMON_GOOD), mandate, NOW);
    }

    @Test
    void aProposalIsPublishedAsV1AndThenAsV2WithTheTeamTheStrategyAndTheIdeas() {
        Measure.Proposal proposal = proposal("idea-7", null);

        assertThat(proposal.measure().getFieldsOfAction())
                .containsExactly(Category.HEALTH, Category.ENVIRONMENT_CLIMATE);
        assertThat(proposal.measure().getGuidingPrinciples()).containsExactly(GuidingPrinciple.COMMON_GOOD);
        assertThat(proposal.events()).containsExactly(
                new MeasureProposed("m-1", "mitte", "Trinkbrunnen", "Wasser im Sommer", "NETWORK", "idea-7", NOW),
                new MeasureProposedV2("m-1", "mitte", "Trinkbrunnen", "Wasser im Sommer", "NETWORK", "idea-7",
                        List.of("pankow", "central"), List.of("HEALTH", "ENVIRONMENT_CLIMATE"), List.of("COMMON_GOOD"),
                        List.of("idea-7"), NOW));
    }

    @Test
    void aMeasureProposedWithoutMandateHasNothingGrantedAndACompleteMandateGrantsEverything() {
        Measure measure = proposal(null, null).measure();
        assertThat(measure.getMandate().isComplete()).isFalse();
        assertThat(measure.getMandate().budgetSpent()).isEqualByComparingTo("0");

        measure.entrust(new Mandate("Fachbereich Grünflächen", new BigDecimal("120000.5"), null,
                new BigDecimal("40"), "Vergabe bis 10.000 EUR"));

        assertThat(measure.getMandate().isComplete()).isTrue();
        assertThat(measure.getMandate().budgetPlanned()).isEqualTo(new BigDecimal("120000.50"));
        assertThat(measure.getMandate().budgetSpent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(new Mandate("Rolle", BigDecimal.TEN, null, BigDecimal.ONE, " ").isComplete()).isFalse();
        assertThat(new Mandate(null, BigDecimal.TEN, null, BigDecimal.ONE, "alles").isComplete()).isFalse();
    }

    @Test
    void aMandateHasNoNegativeAmountsAndNoFractionsOfCents() {
        assertThatThrownBy(() -> new Mandate("r", new BigDecimal("-1"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budgetPlanned");
        assertThatThrownBy(() -> new Mandate("r", null, new BigDecimal("-0.01"), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budgetSpent");
        assertThatThrownBy(() -> new Mandate("r", new BigDecimal("1.005"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budgetPlanned");
        assertThatThrownBy(() -> new Mandate("r", null, null, new BigDecimal("-2"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("staffCapacityPersonDays");
    }

    @Test
    void aLinkedIdeaAsksForItsAnswerOnceAndKeepsIt() {
        Measure measure = proposal("idea-7", null).measure();

        assertThat(measure.linkIdea("idea-8", NOW)).contains(new MeasureIdeaLinked("m-1", "mitte", "Trinkbrunnen",
                "idea-8", NOW));
        assertThat(measure.linkIdea("idea-8", NOW)).isEmpty();
        assertThat(measure.linkIdea("idea-7", NOW)).isEmpty();
        measure.linkIdea("idea-9", NOW);
        assertThat(measure.ideaIds()).containsExactly("idea-7", "idea-8", "idea-9");

        assertThat(measure.sourceIdeaAdopted("idea-8")).isTrue();
        assertThat(measure.sourceIdeaDeclined("idea-9", "ALREADY_ADOPTED")).isTrue();
        assertThat(measure.sourceIdeaDeclined("idea-8", "ALREADY_ADOPTED")).isFalse();

        assertThat(measure.getLinkedIdeas()).containsExactly(
                new LinkedIdea("idea-8", SourceIdeaState.ADOPTED, null, NOW),
                new LinkedIdea("idea-9", SourceIdeaState.DECLINED, "ALREADY_ADOPTED", NOW));
        assertThat(measure.getSourceIdeaState()).isEqualTo(SourceIdeaState.PENDING);
    }
}
