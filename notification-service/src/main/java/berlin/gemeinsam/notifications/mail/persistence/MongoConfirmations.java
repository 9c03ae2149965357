package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.mail.application.Confirmations;
import berlin.gemeinsam.notifications.mail.domain.EmailConfirmation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The confirmation requests by their token's hash. */
@Repository
class MongoConfirmations extends MongoOneTimeLinks<EmailConfirmation> implements Confirmations {

    private static final String SUBSCRIBER_ID = "subscriberId";

    MongoConfirmations(MongoTemplate mongo) {
        super(mongo, EmailConfirmation.class, "confirmedAt");
    }

    @Override
    public List<EmailConfirmation> ofSubscriber(String subscriberId) {
        return where(SUBSCRIBER_ID, List.of(subscriberId));
    }

    @Override
    public void removeAllOf(String subscriberId) {
        removeWhere(SUBSCRIBER_ID, List.of(subscriberId));
    }
}
