package berlin.gemeinsam.platform.inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link BatchHandler} for consumers most of whose events do one thing that costs one write for many as for one
 * (remembering a published idea: one bulk upsert), while their other events need what came before them (the merge
 * of an idea published earlier in the same piece). A run of consecutive events of the first kind is handled together,
 * and written before the next event of another kind, which is handled alone: the piece ends as handling its events
 * one by one, in their order, would end.
 *
 * @param <B> what the events handled together read
 */
public final class RunsInOrder<B> implements BatchHandler<RunsInOrder.Step<B>> {

    /** What one event does: joins the run of its neighbours, or acts alone. */
    public sealed interface Step<B> permits Together, Alone {
    }

    private record Together<B>(B item) implements Step<B> {
    }

    private record Alone<B>(Runnable action) implements Step<B> {
    }

    private final BatchHandler<B> together;

    private RunsInOrder(BatchHandler<B> together) {
        this.together = together;
    }

    /** Handles the runs of events read by {@link #together(Object)} with {@code together}, each run at once. */
    public static <B> RunsInOrder<B> handlingRunsWith(BatchHandler<B> together) {
        return new RunsInOrder<>(together);
    }

    /** An event handled with the run of its neighbours of the same kind. */
    public static <B> Step<B> together(B item) {
        return new Together<>(item);
    }

    /** An event handled on its own, after the run before it and before the events after it. */
    public static <B> Step<B> alone(Runnable action) {
        return new Alone<>(action);
    }

    @Override
    public void handle(List<Step<B>> steps) {
        List<B> run = new ArrayList<>();
        for (Step<B> step : steps) {
            if (step instanceof Together<B> joining) {
                run.add(joining.item());
            } else if (step instanceof Alone<B> alone) {
                handleRun(run);
                alone.action().run();
            }
        }
        handleRun(run);
    }

    private void handleRun(List<B> run) {
        if (!run.isEmpty()) {
            together.handle(List.copyOf(run));
            run.clear();
        }
    }
}
