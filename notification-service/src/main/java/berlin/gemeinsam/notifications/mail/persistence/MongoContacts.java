package berlin.gemeinsam.notifications.mail.persistence;

import berlin.gemeinsam.notifications.mail.application.Contacts;
import berlin.gemeinsam.notifications.mail.domain.Consent;
import berlin.gemeinsam.notifications.mail.domain.SubscriberContact;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The subscribers' addresses in a collection of their own, one document per subscriber. */
@Repository
class MongoContacts implements Contacts {

    private final MongoTemplate mongo;

    MongoContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void replace(SubscriberContact contact) {
        Document document = new Document();
        mongo.getConverter().write(contact, document);
        document.remove("_class");
        mongo.getCollection(mongo.getCollectionName(SubscriberContact.class))
                .replaceOne(new Document("_id", contact.getId()), document,
                        new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<SubscriberContact> find(String subscriberId) {
        return Optional.ofNullable(mongo.findById(subscriberId, SubscriberContact.class));
    }

    @Override
    public void remove(String subscriberId) {
        mongo.remove(Query.query(Criteria.where("_id").is(subscriberId)), SubscriberContact.class);
    }

    @Override
    public boolean confirm(String subscriberId, String address, Consent consent) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(subscriberId).and("address").is(address)),
                new Update().set("consent", consent), SubscriberContact.class).getModifiedCount() > 0;
    }
}
