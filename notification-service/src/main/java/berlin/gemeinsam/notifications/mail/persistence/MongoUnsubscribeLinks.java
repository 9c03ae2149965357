package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.mail.application.UnsubscribeLinks;
import berlin.gemeinsam.notifications.mail.domain.UnsubscribeLink;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;

/** The unsubscribe links by their token's hash. */
@Repository
class MongoUnsubscribeLinks extends MongoOneTimeLinks<UnsubscribeLink> implements UnsubscribeLinks {

    MongoUnsubscribeLinks(MongoTemplate mongo) {
        super(mongo, UnsubscribeLink.class, "usedAt");
    }

    @Override
    public void removeOf(Collection<String> subscriptionIds) {
        removeWhere("subscriptionId", subscriptionIds);
        removeWhere("subscriptionIds", subscriptionIds);
    }
}
