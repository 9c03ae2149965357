package berlin.gemeinsam.monitor.deadletters.application;

import berlin.gemeinsam.monitor.deadletters.domain.Replay;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The audit log of replays, one entry per dead letter: the monitor's own collection. */
public interface Replays {

    /**
     * Records the replay before its event is published, so that two replays of one dead letter cannot both publish.
     *
     * @throws berlin.gemeinsam.platform.errors.DuplicateException when the dead letter was replayed before
     */
    void claim(Replay replay);

    /** Takes back a claim whose publication failed, so the dead letter can be replayed again. */
    void release(Replay replay);

    /** The replays of these dead letters (by id), those that were replayed. */
    Map<String, Replay> byIds(Set<String> ids);

    /** The newest replays first; of one unit, or of every unit when {@code unit} is {@code null}. */
    List<Replay> newest(String unit, int limit);
}
