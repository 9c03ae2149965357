package berlin.gemeinsam.notifications.webhooks.persistence;

import berlin.gemeinsam.notifications.webhooks.application.WebhookEndpoints;
import berlin.gemeinsam.notifications.webhooks.domain.DisabledReason;
import berlin.gemeinsam.notifications.webhooks.domain.EndpointStatus;
import berlin.gemeinsam.notifications.webhooks.domain.WebhookEndpoint;
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

/** The webhook endpoints, one document each; the streak and the status change by conditional updates. */
@Repository
class MongoWebhookEndpoints implements WebhookEndpoints {

    private final MongoTemplate mongo;

    MongoWebhookEndpoints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The fan-out looks for the enabled endpoints of the subscribers it tells. */
    @PostConstruct
    void createIndexes() {
        mongo.indexOps(WebhookEndpoint.class).createIndex(new Index().on("subscriberId", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC));
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        mongo.insert(endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WebhookEndpoint.class));
    }

    @Override
    public List<WebhookEndpoint> ofSubscriber(String subscriberId) {
        return mongo.find(Query.query(Criteria.where("subscriberId").is(subscriberId))
                .with(Sort.by("createdAt", "_id")), WebhookEndpoint.class);
    }

    @Override
    public List<WebhookEndpoint> enabledOf(Collection<String> subscriberIds) {
        return mongo.find(Query.query(Criteria.where("subscriberId").in(subscriberIds)
                .and("status").is(EndpointStatus.ENABLED)), WebhookEndpoint.class);
    }

    @Override
    public void removeAllOf(String subscriberId) {
        mongo.remove(Query.query(Criteria.where("subscriberId").is(subscriberId)), WebhookEndpoint.class);
    }

    @Override
    public boolean remove(String subscriberId, String id) {
        return mongo.remove(ofSubscriber(subscriberId, id), WebhookEndpoint.class).getDeletedCount() > 0;
    }

    @Override
    public boolean enable(String subscriberId, String id) {
        return mongo.updateFirst(ofSubscriber(subscriberId, id), new Update().set("status", EndpointStatus.ENABLED)
                        .set("failureStreak", 0).unset("disabledReason").unset("disabledAt"), WebhookEndpoint.class)
                .getMatchedCount() > 0;
    }

    @Override
    public boolean replaceSecret(String subscriberId, String id, String secret) {
        return mongo.updateFirst(ofSubscriber(subscriberId, id), new Update().set("secret", secret),
                WebhookEndpoint.class).getMatchedCount() > 0;
    }

    @Override
    public void resetStreak(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("failureStreak").ne(0)),
                new Update().set("failureStreak", 0), WebhookEndpoint.class);
    }

    /** One atomic increment: concurrent senders each count their failure. */
    @Override
    public int countFailure(String id) {
        WebhookEndpoint counted = mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                new Update().inc("failureStreak", 1), FindAndModifyOptions.options().returnNew(true),
                WebhookEndpoint.class);
        return counted == null ? 0 : counted.getFailureStreak();
    }

    /** Conditional on the endpoint being enabled, so that of two senders only one disables it and tells its owner. */
    @Override
    public boolean disable(String id, DisabledReason reason, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(EndpointStatus.ENABLED)),
                new Update().set("status", EndpointStatus.DISABLED).set("disabledReason", reason)
                        .set("disabledAt", at), WebhookEndpoint.class).getModifiedCount() > 0;
    }

    private static Query ofSubscriber(String subscriberId, String id) {
        return Query.query(Criteria.where("_id").is(id).and("subscriberId").is(subscriberId));
    }
}
