package berlin.gemeinsam.notifications.webhooks.persistence;

import berlin.gemeinsam.notifications.deliveries.application.ChannelDeliveries;
import berlin.gemeinsam.notifications.deliveries.domain.Delivery;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.webhooks.application.WebhookDeliveries;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookDelivery;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import berlin.gemeinsam.platform.store.IdempotentInserts;
import berlin.gemeinsam.platform.store.NewestFirst;
import jakarta.annotation.PostConstruct;
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

/**
 * The webhook deliveries, one document per entry and endpoint; the webhook channel's deliveries as subscribers read
 * them.
 */
@Repository
class MongoWebhookDeliveries implements WebhookDeliveries, ChannelDeliveries {

    private static final String SUBSCRIBER_ID = "subscriberId";
    private static final String STATUS = "status";
    private static final String REASON = "reason";
    private static final String FINISHED_AT = "finishedAt";

    private final MongoTemplate mongo;

    MongoWebhookDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The senders look for due pending deliveries; a subscriber reads theirs newest first; a change of channels
     * suppresses a subscription's pending ones.
     */
    @PostConstruct
    void createIndexes() {
        CollectionIndexes.create(mongo, WebhookDelivery.class,
                new Index().on(STATUS, Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC),
                new Index().on(SUBSCRIBER_ID, Sort.Direction.ASC).on("time", Sort.Direction.DESC)
                        .on("_id", Sort.Direction.DESC),
                new Index().on("subscriptionId", Sort.Direction.ASC).on(STATUS, Sort.Direction.ASC));
    }

    @Override
    public long addMissing(Collection<WebhookDelivery> deliveries) {
        return IdempotentInserts.insertMissing(mongo, WebhookDelivery.class, deliveries);
    }

    /** One conditional update: two senders never take on the same delivery. */
    @Override
    public Optional<WebhookDelivery> claimNext(Instant now, Instant until) {
        Query due = Query.query(Criteria.where(STATUS).is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now)
                        .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lte(now)))
                .with(Sort.by("nextAttemptAt", "_id"));
        return Optional.ofNullable(mongo.findAndModify(due, new Update().set("claimedUntil", until),
                FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class));
    }

    @Override
    public void markSent(String id, Attempt attempt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), attempted(attempt)
                .set(STATUS, DeliveryStatus.SENT).unset(REASON).set(FINISHED_AT, attempt.at()), WebhookDelivery.class);
    }

    @Override
    public void retryAt(String id, Attempt attempt, Instant next) {
        updatePending(Criteria.where("_id").is(id), attempted(attempt).set(REASON, attempt.reason())
                .set("nextAttemptAt", next));
    }

    @Override
    public boolean markFailed(String id, Attempt attempt) {
        return updatePending(Criteria.where("_id").is(id), attempted(attempt).set(STATUS, DeliveryStatus.FAILED)
                .set(REASON, attempt.reason()).set(FINISHED_AT, attempt.at())) > 0;
    }

    @Override
    public boolean markSuppressed(String id, String reason, Instant at) {
        return updatePending(Criteria.where("_id").is(id), suppressed(reason, at)) > 0;
    }

    @Override
    public long suppressPendingOf(String subscriptionId, String reason, Instant at) {
        return updatePending(Criteria.where("subscriptionId").is(subscriptionId), suppressed(reason, at));
    }

    @Override
    public List<WebhookDelivery> ofSubscriber(String subscriberId) {
        return mongo.find(Query.query(Criteria.where(SUBSCRIBER_ID).is(subscriberId)).with(Sort.by("time", "_id")),
                WebhookDelivery.class);
    }

    @Override
    public void removeAllOf(String subscriberId) {
        mongo.remove(Query.query(Criteria.where(SUBSCRIBER_ID).is(subscriberId)), WebhookDelivery.class);
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public List<Delivery> of(String subscriberId, Optional<DeliveryStatus> status, Optional<Position> after,
                             int limit) {
        Criteria criteria = Criteria.where(SUBSCRIBER_ID).is(subscriberId);
        status.ifPresent(wanted -> criteria.and(STATUS).is(wanted));
        Query query = after.map(position -> NewestFirst.pageAfter(criteria, "time", position.time(), position.id(),
                limit)).orElseGet(() -> NewestFirst.page(criteria, "time", limit));
        return mongo.find(query, WebhookDelivery.class).stream().map(MongoWebhookDeliveries::asDelivery).toList();
    }

    /** A pending delivery's reason is why its last attempt failed, which is no reason of a status yet. */
    private static Delivery asDelivery(WebhookDelivery webhook) {
        return new Delivery(webhook.getId(), Channel.WEBHOOK, webhook.getEventType(), webhook.getSubject(),
                webhook.getTime(), webhook.getStatus(),
                webhook.getStatus() == DeliveryStatus.PENDING ? null : webhook.getReason(), webhook.getAttempts(),
                webhook.getLastAttemptAt(), webhook.getFinishedAt());
    }

    private static Update suppressed(String reason, Instant at) {
        return new Update().set(STATUS, DeliveryStatus.SUPPRESSED).set(REASON, reason).set(FINISHED_AT, at)
                .unset("claimedUntil");
    }

    private static Update attempted(Attempt attempt) {
        Update update = new Update().set("attempts", attempt.number()).set("lastAttemptAt", attempt.at())
                .unset("claimedUntil");
        return attempt.statusCode() == null ? update.unset("lastStatusCode")
                : update.set("lastStatusCode", attempt.statusCode());
    }

    /** Changes the pending deliveries that match; returns how many. */
    private long updatePending(Criteria which, Update update) {
        return mongo.updateMulti(Query.query(which.and(STATUS).is(DeliveryStatus.PENDING)), update,
                WebhookDelivery.class).getModifiedCount();
    }
}
