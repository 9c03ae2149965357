package berlin.gemeinsam.notifications.feed.persistence;

import berlin.gemeinsam.notifications.feed.application.MeasureIdeas;
import berlin.gemeinsam.notifications.feed.domain.TakenUpIdeas;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document per measure, {@code {_id: measureId, ideaIds: [...]}}. Ideas are added to a set, so a redelivered
 * event, or v1 and v2 of the same proposal, change nothing the second time.
 */
@Repository
class MongoMeasureIdeas implements MeasureIdeas {

    static final String COLLECTION = "measure_ideas";

    private final MongoTemplate mongo;

    MongoMeasureIdeas(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(Collection<TakenUpIdeas> takenUp) {
        List<TakenUpIdeas> withIdeas = takenUp.stream().filter(measure -> !measure.ideaIds().isEmpty()).toList();
        if (withIdeas.isEmpty()) {
            return;
        }
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (TakenUpIdeas measure : withIdeas) {
            writes.upsert(Query.query(Criteria.where("_id").is(measure.measureId())),
                    new Update().addToSet("ideaIds").each(measure.ideaIds().toArray()));
        }
        writes.execute();
    }

    @Override
    public Map<String, Set<String>> ideasOf(Collection<String> measureIds) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> ideas = new HashMap<>();
        for (Document measure : mongo.find(Query.query(Criteria.where("_id").in(measureIds)), Document.class,
                COLLECTION)) {
            ideas.put(measure.getString("_id"), new LinkedHashSet<>(measure.getList("ideaIds", String.class)));
        }
        return ideas;
    }
}
