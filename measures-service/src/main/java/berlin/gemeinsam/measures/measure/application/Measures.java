package berlin.gemeinsam.measures.measure.application;

import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.platform.paging.Page;

import java.util.List;
import java.util.Optional;

/** The measures the unit leads; a change and the events it causes are stored together. */
public interface Measures {

    Optional<Measure> find(String id);

    /**
     * Adds a proposed measure with its events; false when a measure with this id exists already (a repeated
     * idempotent request), in which case nothing is written.
     */
    boolean add(Measure measure, List<? extends Record> proposed);

    /**
     * Stores what changed on a measure, read at its version; it causes no event. A measure changed by somebody
     * else since it was read is refused, for {@link berlin.gemeinsam.platform.outbox.ConcurrentChanges} to retry.
     */
    void save(Measure measure);

    /** Stores what changed on a measure, read at its version, together with the events the change causes. */
    void save(Measure measure, List<? extends Record> events);

    /**
     * The measures of this unit that take up the idea, as source or linked idea, or wait for its answer: all but
     * those it declined.
     */
    List<String> idsTakingUp(String ideaId);

    /** The measures, of one type or of all types, newest first. */
    Page<Measure> list(MeasureType type, int page, int size);

    /**
     * Up to {@code limit} measures that are not closed, in the order of their ids, starting after {@code afterId}
     * (null: from the first), for a run through all of them that holds only a page at a time.
     */
    List<Measure> openAfter(String afterId, int limit);
}
