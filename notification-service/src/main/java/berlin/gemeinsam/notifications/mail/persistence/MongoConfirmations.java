package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.mail.application.Confirmations;
import berlin.gemeinsam.notifications.mail.domain.EmailConfirmation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/** The confirmation requests by their token's hash. */
@Repository
class MongoConfirmations implements Confirmations {

    private final MongoTemplate mongo;

    MongoConfirmations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(EmailConfirmation confirmation) {
        mongo.insert(confirmation);
    }

    @Override
    public Optional<EmailConfirmation> find(String tokenHash) {
        return Optional.ofNullable(mongo.findById(tokenHash, EmailConfirmation.class));
    }

    /** A conditional update: of two clicks at once, one confirms. */
    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(tokenHash).and("confirmedAt").is(null)),
                new Update().set("confirmedAt", at), EmailConfirmation.class).getModifiedCount() > 0;
    }
}
