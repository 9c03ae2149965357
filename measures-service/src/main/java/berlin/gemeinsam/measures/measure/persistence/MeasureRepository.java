package berlin.gemeinsam.measures.measure.persistence;

import berlin.gemeinsam.measures.measure.application.Measures;
import berlin.gemeinsam.measures.measure.domain.Measure;
import berlin.gemeinsam.measures.measure.domain.MeasureStatus;
import berlin.gemeinsam.measures.measure.domain.MeasureType;
import berlin.gemeinsam.measures.measure.domain.SourceIdeaState;
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
class MeasureRepository implements Measures {

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    MeasureRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Optional<Measure> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Measure.class));
    }

    @Override
    public boolean add(Measure measure, List<? extends Record> proposed) {
        try {
            outbox.insert(measure, proposed);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void save(Measure measure) {
        outbox.update(measure, List.of());
    }

    @Override
    public void save(Measure measure, List<? extends Record> events) {
        outbox.update(measure, events);
    }

    @Override
    public List<String> idsTakingUp(String ideaId) {
        String declined = SourceIdeaState.DECLINED.name();
        Query query = Query.query(new Criteria().orOperator(
                Criteria.where("sourceIdeaId").is(ideaId).and("sourceIdeaState").ne(declined),
                Criteria.where("linkedIdeas").elemMatch(Criteria.where("ideaId").is(ideaId).and("state").ne(declined))));
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(Measure.class)).stream()
                .map(measure -> measure.getString("_id")).toList();
    }

    @Override
    public Page<Measure> list(MeasureType type, int page, int size) {
        Query query = type == null ? new Query() : Query.query(Criteria.where("type").is(type));
        long total = mongo.count(query, Measure.class);
        query.with(Sort.by(Sort.Direction.DESC, "proposedAt").and(Sort.by("_id")));
        return Page.read(page, size, total,
                offset -> mongo.find(query.skip(offset).limit(size), Measure.class));
    }

    @Override
    public List<Measure> openAfter(String afterId, int limit) {
        Criteria open = Criteria.where("status")
                .nin(MeasureStatus.COMPLETED.name(), MeasureStatus.DISCONTINUED.name());
        Query query = Query.query(afterId == null ? open : open.and("_id").gt(afterId))
                .with(Sort.by("_id")).limit(limit);
        return mongo.find(query, Measure.class);
    }
}
