package berlin.gemeinsam.platform.testapp;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * What the test application's handlers did, one document per call that succeeded. Deliberately not idempotent
 * (a fresh id each time): an event handled twice shows as two documents, so the tests see every repeat that the
 * consumers let through.
 */
@Component
public class HandledEvents {

    static final String COLLECTION = "handled_events";

    private final MongoTemplate mongo;

    HandledEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void record(String consumer, List<String> subjects) {
        mongo.insert(subjects.stream().map(subject -> new Document("_id", UUID.randomUUID().toString())
                .append("consumer", consumer).append("subject", subject)).toList(), COLLECTION);
    }

    /** How often the consumer handled an event of this subject. */
    public long count(String consumer, String subject) {
        return mongo.count(Query.query(Criteria.where("consumer").is(consumer).and("subject").is(subject)), COLLECTION);
    }
}
