package berlin.gemeinsam.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Readiness of the document store by a {@code ping}. Boot's own MongoDB indicator asks {@code hello}, which
 * the embedded store does not answer; {@code ping} works on it and on a MongoDB replica set alike.
 */
public class DocumentStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public DocumentStoreHealthIndicator(MongoTemplate mongo) {
        super("Document store health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
    }
}
