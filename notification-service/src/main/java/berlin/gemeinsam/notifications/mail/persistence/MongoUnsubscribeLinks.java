package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.mail.application.UnsubscribeLinks;
import berlin.gemeinsam.notifications.mail.domain.UnsubscribeLink;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/** The unsubscribe links by their token's hash. */
@Repository
class MongoUnsubscribeLinks implements UnsubscribeLinks {

    private final MongoTemplate mongo;

    MongoUnsubscribeLinks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(UnsubscribeLink link) {
        mongo.insert(link);
    }

    @Override
    public Optional<UnsubscribeLink> find(String tokenHash) {
        return Optional.ofNullable(mongo.findById(tokenHash, UnsubscribeLink.class));
    }

    /** A conditional update: of two clicks at once, one unsubscribes. */
    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(tokenHash).and("usedAt").is(null)),
                new Update().set("usedAt", at), UnsubscribeLink.class).getModifiedCount() > 0;
    }
}
