package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.mail.application.UnsubscribeLinks;
import berlin.gemeinsam.notifications.mail.domain.UnsubscribeLink;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The unsubscribe links by their token's hash. */
@Repository
class MongoUnsubscribeLinks extends MongoOneTimeLinks<UnsubscribeLink> implements UnsubscribeLinks {

    MongoUnsubscribeLinks(MongoTemplate mongo) {
        super(mongo, UnsubscribeLink.class, "usedAt");
    }
}
