package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureStatus;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.measures.measure.domain.SourceIdeaState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aProposedMeasureIsLedByItsUnitAndItsEventTellsWhatItIs() {
        Measure.Proposal proposal = Measure.propose("m-1", "mitte", "Trinkbrunnen", "Wasser im Sommer",
                MeasureType.NETWORK, "idea-7", List.of("pankow", "central"), List.of(), List.of(), null, NOW);

        Measure measure = proposal.measure();
        assertThat(measure.getStatus()).isEqualTo(MeasureStatus.PROPOSED);
        assertThat(measure.getUnit()).isEqualTo("mitte");
        assertThat(measure.getParticipatingUnits()).containsExactly("pankow", "central");
        assertThat(measure.getProposedAt()).isEqualTo(NOW);
        assertThat(measure.getVersion()).isZero();
        assertThat(proposal.event()).isEqualTo(new MeasureProposed("m-1", "mitte", "Trinkbrunnen",
                "Wasser im Sommer", "NETWORK", "idea-7", NOW));
    }

    @Test
    void aUnitNamedTwiceTakesPartOnceAndNoTeamIsAnEmptyTeam() {
        Measure twice = Measure.propose("m-2", "mitte", "t", "g", MeasureType.DECENTRAL, null,
                List.of("pankow", "spandau", "pankow"), List.of(), List.of(), null, NOW).measure();
        Measure alone = Measure.propose("m-3", "mitte", "t", "g", MeasureType.CENTRAL, null, null, List.of(),
                List.of(), null, NOW).measure();

        assertThat(twice.getParticipatingUnits()).containsExactly("pankow", "spandau");
        assertThat(alone.getParticipatingUnits()).isEmpty();
        assertThat(alone.getSourceIdeaId()).isNull();
    }

    @Test
    void aMeasureNeedsItsGoalAndType() {
        assertThatThrownBy(() -> Measure.propose("m-4", "mitte", "t", null, MeasureType.CENTRAL, null, null,
                List.of(), List.of(), null, NOW))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Measure.propose("m-5", "mitte", "t", "g", null, null, null,
                List.of(), List.of(), null, NOW))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMeasureFromAnIdeaWaitsForTheIdeasAnswerAndKeepsTheFirst() {
        Measure adopted = Measure.propose("m-6", "mitte", "t", "g", MeasureType.DECENTRAL, "idea-7", null,
                List.of(), List.of(), null, NOW)
                .measure();
        Measure declined = Measure.propose("m-7", "mitte", "t", "g", MeasureType.DECENTRAL, "idea-7", null,
                List.of(), List.of(), null, NOW)
                .measure();
        assertThat(adopted.getSourceIdeaState()).isEqualTo(SourceIdeaState.PENDING);

        assertThat(adopted.sourceIdeaAdopted("idea-8")).isFalse();
        assertThat(adopted.sourceIdeaAdopted("idea-7")).isTrue();
        assertThat(adopted.sourceIdeaDeclined("idea-7", "ALREADY_ADOPTED")).isFalse();
        assertThat(declined.sourceIdeaDeclined("idea-7", "ALREADY_ADOPTED")).isTrue();
        assertThat(declined.sourceIdeaAdopted("idea-7")).isFalse();

        assertThat(adopted.getSourceIdeaState()).isEqualTo(SourceIdeaState.ADOPTED);
        assertThat(adopted.getSourceIdeaDeclineReason()).isNull();
        assertThat(declined.getSourceIdeaState()).isEqualTo(SourceIdeaState.DECLINED);
        assertThat(declined.getSourceIdeaDeclineReason()).isEqualTo("ALREADY_ADOPTED");
    }

    @Test
    void aMeasureWithoutIdeaWaitsForNoAnswer() {
        Measure alone = Measure.propose("m-8", "mitte", "t", "g", MeasureType.CENTRAL, null, null,
                List.of(), List.of(), null, NOW).measure();

        assertThat(alone.getSourceIdeaState()).isNull();
        assertThat(alone.sourceIdeaAdopted("idea-7")).isFalse();
        assertThat(alone.sourceIdeaDeclined("idea-7", "NOT_PUBLISHED")).isFalse();
    }
}
