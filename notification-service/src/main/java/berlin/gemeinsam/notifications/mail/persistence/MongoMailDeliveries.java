package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.mail.application.MailDeliveries;
import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import berlin.gemeinsam.notifications.mail.domain.MailStatus;
import berlin.gemeinsam.platform.store.IdempotentInserts;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The mails to send and sent, one document per mail. */
@Repository
class MongoMailDeliveries implements MailDeliveries {

    private static final String SUBSCRIBER_ID = "subscriberId";

    private final MongoTemplate mongo;

    MongoMailDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The sender looks for pending mails, oldest first; a subscriber's export and erasure read only theirs. */
    @PostConstruct
    void createIndexes() {
        mongo.indexOps(MailDelivery.class).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("time", Sort.Direction.ASC));
        mongo.indexOps(MailDelivery.class).createIndex(new Index().on(SUBSCRIBER_ID, Sort.Direction.ASC));
    }

    @Override
    public List<MailDelivery> ofSubscriber(String subscriberId) {
        return mongo.find(Query.query(Criteria.where(SUBSCRIBER_ID).is(subscriberId)).with(Sort.by("time", "_id")),
                MailDelivery.class);
    }

    @Override
    public void removeAllOf(String subscriberId) {
        mongo.remove(Query.query(Criteria.where(SUBSCRIBER_ID).is(subscriberId)), MailDelivery.class);
    }

    @Override
    public void addMissing(Collection<MailDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        List<Document> documents = deliveries.stream().map(delivery -> {
            Document document = new Document();
            mongo.getConverter().write(delivery, document);
            document.remove("_class");
            return document;
        }).toList();
        IdempotentInserts.insertMissing(mongo, mongo.getCollectionName(MailDelivery.class), documents);
    }

    /** One conditional update: two senders never take on the same mail. */
    @Override
    public Optional<MailDelivery> claimNext(Instant now, Instant until) {
        Query pending = Query.query(Criteria.where("status").is(MailStatus.PENDING).orOperator(
                        Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lte(now)))
                .with(Sort.by("time", "_id"));
        return Optional.ofNullable(mongo.findAndModify(pending, new Update().set("claimedUntil", until),
                FindAndModifyOptions.options().returnNew(true), MailDelivery.class));
    }

    @Override
    public void markSent(String id, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("status", MailStatus.SENT).set("sentAt", at), MailDelivery.class);
    }

    @Override
    public void markSuppressed(String id, String reason) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("status", MailStatus.SUPPRESSED).set("reason", reason), MailDelivery.class);
    }
}
