package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.deliveries.application.ChannelDeliveries;
import berlin.gemeinsam.notifications.deliveries.domain.Delivery;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.mail.application.MailDeliveries;
import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import berlin.gemeinsam.platform.store.IdempotentInserts;
import berlin.gemeinsam.platform.store.NewestFirst;
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

/** The mails to send and sent, one document per mail; the e-mail channel's deliveries as subscribers read them. */
@Repository
class MongoMailDeliveries implements MailDeliveries, ChannelDeliveries {

    private static final String SUBSCRIBER_ID = "subscriberId";

    private final MongoTemplate mongo;

    MongoMailDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The sender looks for pending mails, oldest first; a subscriber reads theirs newest first; a change of channels
     * suppresses a subscription's pending ones; the retention removes the old settled ones; a subscriber's export and
     * erasure read only theirs.
     */
    @PostConstruct
    void createIndexes() {
        CollectionIndexes.create(mongo, MailDelivery.class,
                new Index().on("status", Sort.Direction.ASC).on("time", Sort.Direction.ASC),
                new Index().on(SUBSCRIBER_ID, Sort.Direction.ASC).on("time", Sort.Direction.DESC)
                        .on("_id", Sort.Direction.DESC),
                new Index().on("subscriptionId", Sort.Direction.ASC).on("status", Sort.Direction.ASC),
                new Index().on("settledAt", Sort.Direction.ASC).sparse());
    }

    @Override
    public Optional<MailDelivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, MailDelivery.class));
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
    public long addMissing(Collection<MailDelivery> deliveries) {
        return IdempotentInserts.insertMissing(mongo, MailDelivery.class, deliveries);
    }

    /** Only the ids are read: the sender takes each on by itself, just before it sends it. */
    @Override
    public List<String> dueIds(Instant now, int limit) {
        Query due = Query.query(dueAt(now)).with(Sort.by("time", "_id")).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, mongo.getCollectionName(MailDelivery.class)).stream()
                .map(delivery -> String.valueOf(delivery.get("_id"))).toList();
    }

    /** One conditional update: two senders never take on the same mail, and the attempt is counted before it. */
    @Override
    public Optional<MailDelivery> claim(String id, Instant now, Instant until) {
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(id)
                        .andOperator(dueAt(now))),
                new Update().set("claimedUntil", until).set("lastAttemptAt", now).inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), MailDelivery.class));
    }

    private static Criteria dueAt(Instant now) {
        return Criteria.where("status").is(DeliveryStatus.PENDING).orOperator(
                Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lte(now));
    }

    @Override
    public void markSent(String id, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", DeliveryStatus.SENT)
                .set("settledAt", at).unset("reason").unset("claimedUntil"), MailDelivery.class);
    }

    @Override
    public boolean markSuppressed(String id, String reason, Instant at) {
        return settle(Criteria.where("_id").is(id), DeliveryStatus.SUPPRESSED, reason, at) > 0;
    }

    @Override
    public long suppressPendingOf(String subscriptionId, String reason, Instant at) {
        return settle(Criteria.where("subscriptionId").is(subscriptionId), DeliveryStatus.SUPPRESSED, reason, at);
    }

    @Override
    public void retryLater(String id, String error, Instant retryAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(DeliveryStatus.PENDING)),
                new Update().set("lastError", error).set("claimedUntil", retryAt), MailDelivery.class);
    }

    @Override
    public boolean markFailed(String id, String error, Instant at) {
        return settle(Criteria.where("_id").is(id), DeliveryStatus.FAILED, MailDelivery.SEND_FAILED, at,
                new Update().set("lastError", error)) > 0;
    }

    private long settle(Criteria which, DeliveryStatus status, String reason, Instant at) {
        return settle(which, status, reason, at, new Update());
    }

    /** Gives the pending deliveries that match their final status; returns how many. */
    private long settle(Criteria which, DeliveryStatus status, String reason, Instant at, Update update) {
        return mongo.updateMulti(Query.query(which.and("status").is(DeliveryStatus.PENDING)),
                update.set("status", status).set("reason", reason).set("settledAt", at).unset("claimedUntil"),
                MailDelivery.class).getModifiedCount();
    }

    @Override
    public long removeSettledBefore(Instant before) {
        return mongo.remove(Query.query(Criteria.where("settledAt").lt(before)), MailDelivery.class)
                .getDeletedCount();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public List<Delivery> of(String subscriberId, Optional<DeliveryStatus> status, Optional<Position> after,
                             int limit) {
        Criteria criteria = Criteria.where("subscriberId").is(subscriberId);
        status.ifPresent(wanted -> criteria.and("status").is(wanted));
        Query query = after.map(position -> NewestFirst.pageAfter(criteria, "time", position.time(), position.id(),
                limit)).orElseGet(() -> NewestFirst.page(criteria, "time", limit));
        return mongo.find(query, MailDelivery.class).stream().map(MongoMailDeliveries::asDelivery).toList();
    }

    private static Delivery asDelivery(MailDelivery mail) {
        return new Delivery(mail.getId(), Channel.EMAIL, mail.getEventType(), mail.getSubject(), mail.getTime(),
                mail.getStatus(), mail.getReason(), mail.getAttempts(), mail.getLastAttemptAt(), mail.getSettledAt());
    }
}
