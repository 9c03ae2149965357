package berlin.gemeinsam.ideas.idea.persistence;

import berlin.gemeinsam.ideas.idea.application.Ideas;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.ideas.search.application.IndexFollower;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.paging.Page;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The unit's ideas in its own database; changes and their events are written together through the outbox. */
@Repository
class IdeaRepository implements Ideas, SmartInitializingSingleton {

    private static final String AUTHOR_ID = "authorId";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;
    /** Told of every write, so that the search finds a change at once rather than at its next poll. */
    private final IndexFollower search;

    IdeaRepository(MongoTemplate mongo, EventOutbox outbox, IndexFollower search) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.search = search;
    }

    /** A participant's export and erasure read only their ideas. */
    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Idea.class).createIndex(new Index().on(AUTHOR_ID, Sort.Direction.ASC));
    }

    @Override
    public Optional<Idea> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Idea.class));
    }

    @Override
    public boolean add(Idea idea) {
        try {
            outbox.insert(idea, List.of());
            search.nudge(idea.getId());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Idea save(Idea idea, List<? extends Record> events) {
        Idea stored = outbox.updateAndGet(idea, events);
        search.nudge(idea.getId());
        return stored;
    }

    @Override
    public Page<Idea> list(Set<IdeaStatus> statuses, int page, int size) {
        Query query = Query.query(Criteria.where("status").in(statuses));
        long total = mongo.count(query, Idea.class);
        query.with(Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by("_id")));
        return Page.read(page, size, total,
                offset -> mongo.find(query.skip(offset).limit(size), Idea.class));
    }

    @Override
    public Page<Idea> listOldestFirst(Set<IdeaStatus> statuses, int page, int size) {
        Query query = Query.query(Criteria.where("status").in(statuses));
        long total = mongo.count(query, Idea.class);
        query.with(Sort.by(Sort.Direction.ASC, "submittedAt").and(Sort.by("_id")));
        return Page.read(page, size, total,
                offset -> mongo.find(query.skip(offset).limit(size), Idea.class));
    }

    @Override
    public long count(IdeaStatus status) {
        return mongo.count(Query.query(Criteria.where("status").is(status)), Idea.class);
    }

    /**
     * Ideas stored before {@code changedAt} was kept have none and count from their submission, as {@link Idea} does.
     */
    @Override
    public List<Idea> byAuthor(String authorId) {
        return mongo.find(Query.query(Criteria.where(AUTHOR_ID).is(authorId)).with(Sort.by("submittedAt", "_id")),
                Idea.class);
    }

    @Override
    public List<Idea> changedBefore(Set<IdeaStatus> statuses, Instant cutoff, String afterId, int limit) {
        Criteria inactive = new Criteria().orOperator(Criteria.where("changedAt").lt(cutoff),
                Criteria.where("changedAt").isNull().and("submittedAt").lt(cutoff));
        Criteria candidates = Criteria.where("status").in(statuses);
        if (afterId != null) {
            candidates = candidates.and("_id").gt(afterId);
        }
        Query query = Query.query(new Criteria().andOperator(candidates, inactive))
                .with(Sort.by("_id")).limit(limit);
        return mongo.find(query, Idea.class);
    }
}
