package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.mail.application.DigestEntries;
import berlin.gemeinsam.notifications.mail.domain.DigestEntry;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import berlin.gemeinsam.platform.store.IdempotentInserts;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entries waiting for a digest, one document each; those a digest took stay as long as mails are kept
 * ({@code gemeinsam.mail.retention}).
 */
@Repository
class MongoDigestEntries implements DigestEntries {

    private static final String SUBSCRIBER_ID = "subscriberId";
    private static final String DIGEST_ID = "digestId";

    private final MongoTemplate mongo;

    MongoDigestEntries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A digest round looks for waiting entries by frequency and time, then per subscriber. */
    @PostConstruct
    void createIndexes() {
        CollectionIndexes.create(mongo, DigestEntry.class,
                new Index().on("frequency", Sort.Direction.ASC).on(DIGEST_ID, Sort.Direction.ASC)
                        .on("writtenAt", Sort.Direction.ASC),
                new Index().on(SUBSCRIBER_ID, Sort.Direction.ASC).on("time", Sort.Direction.ASC),
                new Index().on("subscriptionId", Sort.Direction.ASC));
    }

    @Override
    public long addMissing(Collection<DigestEntry> entries) {
        return IdempotentInserts.insertMissing(mongo, DigestEntry.class, entries);
    }

    @Override
    public Set<String> subscribersWaiting(Frequency frequency, Instant before) {
        return new LinkedHashSet<>(mongo.findDistinct(waitingQuery(frequency, before), SUBSCRIBER_ID,
                DigestEntry.class, String.class));
    }

    @Override
    public List<DigestEntry> waiting(String subscriberId, Frequency frequency, Instant before) {
        Query query = waitingQuery(frequency, before);
        query.addCriteria(Criteria.where(SUBSCRIBER_ID).is(subscriberId));
        return mongo.find(query.with(Sort.by("time", "_id")), DigestEntry.class);
    }

    private static Query waitingQuery(Frequency frequency, Instant before) {
        return Query.query(Criteria.where("frequency").is(frequency).and(DIGEST_ID).is(null)
                .and("writtenAt").lt(before));
    }

    @Override
    public void markTaken(Collection<String> ids, String digestId) {
        if (!ids.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).and(DIGEST_ID).is(null)),
                    new Update().set(DIGEST_ID, digestId), DigestEntry.class);
        }
    }

    @Override
    public void removeWaitingOf(String subscriptionId) {
        mongo.remove(Query.query(Criteria.where("subscriptionId").is(subscriptionId).and(DIGEST_ID).is(null)),
                DigestEntry.class);
    }

    @Override
    public void removeTakenBefore(Instant before) {
        mongo.remove(Query.query(Criteria.where(DIGEST_ID).ne(null).and("writtenAt").lt(before)), DigestEntry.class);
    }

    @Override
    public List<DigestEntry> ofSubscriber(String subscriberId) {
        return mongo.find(Query.query(Criteria.where(SUBSCRIBER_ID).is(subscriberId)).with(Sort.by("time", "_id")),
                DigestEntry.class);
    }

    @Override
    public void removeAllOf(String subscriberId) {
        mongo.remove(Query.query(Criteria.where(SUBSCRIBER_ID).is(subscriberId)), DigestEntry.class);
    }
}
