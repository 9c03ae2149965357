package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.paging.Page;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The unit's ideas in its own database; changes and their events are written together through the outbox. */
@Repository
public class IdeaRepository {

    /** Ids of the supports already counted, so a redelivered support is not counted twice. */
    private static final String COUNTED_SUPPORTS = "countedSupports";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    IdeaRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Optional<Idea> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Idea.class));
    }

    /** Adds a new idea; false when an idea with this id exists already (a repeated idempotent request). */
    boolean add(Idea idea) {
        try {
            outbox.insert(idea, List.of());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void save(Idea idea, List<? extends Record> events) {
        outbox.update(idea, events);
    }

    Page<Idea> list(Set<IdeaStatus> statuses, int page, int size) {
        Query query = Query.query(Criteria.where("status").in(statuses));
        long total = mongo.count(query, Idea.class);
        query.with(Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by("_id")));
        return Page.read(page, size, total,
                offset -> mongo.find(query.skip(offset).limit(size), Idea.class));
    }

    /**
     * Counts a support once: one atomic update that only matches while the support is not yet counted. It
     * also moves the version on, so that a concurrent change of the idea re-reads the new count.
     */
    public boolean countSupport(String ideaId, String supportId) {
        Query notYetCounted = Query.query(Criteria.where("_id").is(ideaId).and(COUNTED_SUPPORTS).ne(supportId));
        Update count = new Update().push(COUNTED_SUPPORTS, supportId).inc("supportCount", 1).inc("version", 1);
        return mongo.updateFirst(notYetCounted, count, Idea.class).getModifiedCount() > 0;
    }
}
