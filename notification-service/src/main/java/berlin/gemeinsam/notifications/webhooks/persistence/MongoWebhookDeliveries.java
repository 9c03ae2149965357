package berlin.gemeinsam.notifications.webhooks.persistence;

import berlin.gemeinsam.notifications.webhooks.application.WebhookDeliveries;
import berlin.gemeinsam.notifications.webhooks.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookDelivery;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.paging.InvalidCursorException;
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

/** The webhook deliveries, one document per entry and endpoint. */
@Repository
class MongoWebhookDeliveries implements WebhookDeliveries {

    private final MongoTemplate mongo;

    MongoWebhookDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The senders look for due pending deliveries; a subscriber reads theirs newest first. */
    @PostConstruct
    void createIndexes() {
        mongo.indexOps(WebhookDelivery.class).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC));
        mongo.indexOps(WebhookDelivery.class).createIndex(new Index().on("subscriberId", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
    }

    @Override
    public void addMissing(Collection<WebhookDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        List<Document> documents = deliveries.stream().map(delivery -> {
            Document document = new Document();
            mongo.getConverter().write(delivery, document);
            document.remove("_class");
            return document;
        }).toList();
        IdempotentInserts.insertMissing(mongo, mongo.getCollectionName(WebhookDelivery.class), documents);
    }

    /** One conditional update: two senders never take on the same delivery. */
    @Override
    public Optional<WebhookDelivery> claimNext(Instant now, Instant until) {
        Query due = Query.query(Criteria.where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now)
                        .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lte(now)))
                .with(Sort.by("nextAttemptAt", "_id"));
        return Optional.ofNullable(mongo.findAndModify(due, new Update().set("claimedUntil", until),
                FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class));
    }

    @Override
    public void markSent(String id, Attempt attempt) {
        update(id, attempted(attempt).set("status", DeliveryStatus.SENT).unset("reason")
                .set("finishedAt", attempt.at()));
    }

    @Override
    public void retryAt(String id, Attempt attempt, Instant next) {
        update(id, attempted(attempt).set("reason", attempt.reason()).set("nextAttemptAt", next));
    }

    @Override
    public void markFailed(String id, Attempt attempt) {
        update(id, attempted(attempt).set("status", DeliveryStatus.FAILED).set("reason", attempt.reason())
                .set("finishedAt", attempt.at()));
    }

    @Override
    public void markSuppressed(String id, String reason, Instant at) {
        update(id, new Update().set("status", DeliveryStatus.SUPPRESSED).set("reason", reason).set("finishedAt", at)
                .unset("claimedUntil"));
    }

    /** The cursor holds the last delivery's creation time (epoch milliseconds, as the store keeps it) and id. */
    @Override
    public CursorPage<WebhookDelivery> ofSubscriber(String subscriberId, Optional<Cursor> after, int size) {
        Criteria criteria = Criteria.where("subscriberId").is(subscriberId);
        if (after.isPresent()) {
            Instant time = timeOf(after.get());
            String id = after.get().key(1);
            criteria = criteria.orOperator(Criteria.where("createdAt").lt(time),
                    Criteria.where("createdAt").is(time).and("_id").lt(id));
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "_id")))
                .limit(size + 1);
        return CursorPage.of(mongo.find(query, WebhookDelivery.class), size, delivery ->
                Cursor.of(Long.toString(delivery.getCreatedAt().toEpochMilli()), delivery.getId()));
    }

    private static Instant timeOf(Cursor cursor) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(cursor.key(0)));
        } catch (NumberFormatException notATime) {
            throw new InvalidCursorException();
        }
    }

    private static Update attempted(Attempt attempt) {
        Update update = new Update().set("attempts", attempt.number()).set("lastAttemptAt", attempt.at())
                .unset("claimedUntil");
        return attempt.statusCode() == null ? update.unset("lastStatusCode")
                : update.set("lastStatusCode", attempt.statusCode());
    }

    private void update(String id, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, WebhookDelivery.class);
    }
}
