package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.mail.application.Confirmations;
import berlin.gemeinsam.notifications.mail.domain.EmailConfirmation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The confirmation requests by their token's hash. */
@Repository
class MongoConfirmations extends MongoOneTimeLinks<EmailConfirmation> implements Confirmations {

    MongoConfirmations(MongoTemplate mongo) {
        super(mongo, EmailConfirmation.class, "confirmedAt");
    }
}
