package berlin.gemeinsam.participation.supports.persistence;

import berlin.gemeinsam.participation.supports.application.Supports;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.participation.supports.domain.Support;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The supports given in this unit; a new support and its event are written together through the outbox. */
@Repository
class SupportRepository implements Supports, SmartInitializingSingleton {

    private static final String IDEA_ID = "ideaId";
    private static final String HELIX_GROUP = "helixGroup";
    private static final String WITHDRAWN_AT = "withdrawnAt";
    private static final String PARTICIPANT_ID = "participantId";
    private static final String GIVEN_AT = "givenAt";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    SupportRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /**
     * Counting an idea's supports reads only that idea's supports, however many other ideas have; a participant's
     * export and erasure read only theirs.
     */
    @Override
    public void afterSingletonsInstantiated() {
        CollectionIndexes.create(mongo, Support.class, new Index().on(IDEA_ID, Sort.Direction.ASC),
                new Index().on(PARTICIPANT_ID, Sort.Direction.ASC));
    }

    /** The store's unique id makes "one support per participant" atomic. */
    @Override
    public void add(Support support, List<? extends Record> events) {
        try {
            outbox.insert(support, events);
        } catch (DuplicateKeyException e) {
            throw new DuplicateException("support", "the participant supports idea " + support.getIdeaId() + " already");
        }
    }

    @Override
    public Optional<Support> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Support.class));
    }

    @Override
    public void save(Support support, List<? extends Record> events) {
        outbox.update(support, events);
    }

    @Override
    public List<Support> ofIdea(String ideaId) {
        return mongo.find(Query.query(Criteria.where(IDEA_ID).is(ideaId)), Support.class);
    }

    @Override
    public List<Support> ofParticipant(String participantId) {
        return mongo.find(Query.query(Criteria.where(PARTICIPANT_ID).is(participantId))
                .with(Sort.by(GIVEN_AT, "_id")), Support.class);
    }

    @Override
    public Map<HelixGroup, Long> countByHelixGroup(String ideaId) {
        Aggregation perGroup = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(IDEA_ID).is(ideaId).and(WITHDRAWN_AT).is(null)),
                Aggregation.group(HELIX_GROUP).count().as("count"));
        Map<HelixGroup, Long> counts = new EnumMap<>(HelixGroup.class);
        for (Document group : mongo.aggregate(perGroup, Support.class, Document.class)) {
            counts.put(HelixGroup.valueOf(group.getString("_id")), ((Number) group.get("count")).longValue());
        }
        return counts;
    }
}
