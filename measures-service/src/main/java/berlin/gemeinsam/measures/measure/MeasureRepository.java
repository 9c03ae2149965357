package berlin.gemeinsam.measures.measure;

import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.paging.Page;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The unit's measures in its own database; changes and their events are written together through the outbox. */
@Repository
public class MeasureRepository {

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    MeasureRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Optional<Measure> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Measure.class));
    }

    /**
     * Adds a proposed measure with its event; false when a measure with this id exists already (a repeated
     * idempotent request), in which case neither is written.
     */
    boolean add(Measure measure, MeasureProposed proposed) {
        try {
            outbox.insert(measure, List.of(proposed));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Stores what changed on a measure, read at its version; it causes no event. */
    void save(Measure measure) {
        outbox.update(measure, List.of());
    }

    /** The measures of this unit that take up the idea or wait for its answer: all but those it declined. */
    List<String> idsTakingUp(String ideaId) {
        Query query = Query.query(Criteria.where("sourceIdeaId").is(ideaId)
                .and("sourceIdeaState").ne(SourceIdeaState.DECLINED.name()));
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(Measure.class)).stream()
                .map(measure -> measure.getString("_id")).toList();
    }

    Page<Measure> list(MeasureType type, int page, int size) {
        Query query = type == null ? new Query() : Query.query(Criteria.where("type").is(type));
        long total = mongo.count(query, Measure.class);
        query.with(Sort.by(Sort.Direction.DESC, "proposedAt").and(Sort.by("_id")));
        return Page.read(page, size, total,
                offset -> mongo.find(query.skip(offset).limit(size), Measure.class));
    }
}
