package berlin.gemeinsam.platform.inbox;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static berlin.gemeinsam.platform.inbox.RunsInOrder.alone;
import static berlin.gemeinsam.platform.inbox.RunsInOrder.together;
import static org.assertj.core.api.Assertions.assertThat;

/** A piece's events handled in runs, without the broker and the store. */
class RunsInOrderTest {

    private final List<String> effects = new ArrayList<>();

    @Test
    void consecutiveEventsOfARunAreHandledAtOnceAndBeforeTheEventAfterThemWhichIsHandledAlone() {
        RunsInOrder<String> handler = RunsInOrder.handlingRunsWith(ideas -> effects.add("published " + ideas));

        handler.handle(List.of(together("a"), together("b"), alone(() -> effects.add("merged a")), together("c"),
                alone(() -> effects.add("adopted c")), alone(() -> effects.add("merged b"))));

        assertThat(effects).containsExactly("published [a, b]", "merged a", "published [c]", "adopted c", "merged b");
    }

    @Test
    void aPieceOfOneRunIsOneCall() {
        RunsInOrder<String> handler = RunsInOrder.handlingRunsWith(ideas -> effects.add("published " + ideas));

        handler.handle(List.of(together("a"), together("b"), together("c")));

        assertThat(effects).containsExactly("published [a, b, c]");
    }
}
