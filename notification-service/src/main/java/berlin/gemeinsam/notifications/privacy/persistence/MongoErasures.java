package berlin.gemeinsam.notifications.privacy.persistence;

import berlin.gemeinsam.notifications.mail.domain.SecretTokens;
import berlin.gemeinsam.notifications.privacy.application.Erasures;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;

/** One document per erased subscriber, keyed by the hash of their id, holding the latest erasure's time. */
@Repository
class MongoErasures implements Erasures {

    static final String COLLECTION = "subscriberErasure";

    private final MongoTemplate mongo;

    MongoErasures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(String subscriberId, Instant erasedAt) {
        mongo.upsert(byHashOf(subscriberId), new Update().max("erasedAt", erasedAt), COLLECTION);
    }

    @Override
    public boolean erasedSince(String subscriberId, Instant time) {
        return mongo.exists(byHashOf(subscriberId).addCriteria(Criteria.where("erasedAt").gte(time)), COLLECTION);
    }

    private static Query byHashOf(String subscriberId) {
        return Query.query(Criteria.where("_id").is(SecretTokens.hashOf(subscriberId)));
    }
}
