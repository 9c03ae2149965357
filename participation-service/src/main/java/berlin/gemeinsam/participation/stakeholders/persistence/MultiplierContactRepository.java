package berlin.gemeinsam.participation.stakeholders.persistence;

import berlin.gemeinsam.participation.stakeholders.application.MultiplierContacts;
import berlin.gemeinsam.participation.stakeholders.domain.MultiplierContact;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The multipliers' contact data in a collection of its own ({@code multiplierContact}), keyed by the multiplier: no
 * other document holds it and no outbox is near it, so it never reaches an event, and erasing it is one delete.
 */
@Repository
class MultiplierContactRepository implements MultiplierContacts, SmartInitializingSingleton {

    private static final String ID = "_id";
    private static final String PERSON_ID = "personId";

    private final MongoTemplate mongo;

    MultiplierContactRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A person's contacts are found (for their export and erasure) without reading everybody's. */
    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(MultiplierContact.class).createIndex(new Index().on(PERSON_ID, Sort.Direction.ASC));
    }

    @Override
    public void put(MultiplierContact contact) {
        mongo.save(contact);
    }

    @Override
    public Optional<MultiplierContact> find(String multiplierId) {
        return Optional.ofNullable(mongo.findById(multiplierId, MultiplierContact.class));
    }

    @Override
    public List<MultiplierContact> ofPerson(String personId) {
        return mongo.find(Query.query(Criteria.where(PERSON_ID).is(personId)), MultiplierContact.class);
    }

    @Override
    public void remove(String multiplierId) {
        mongo.remove(Query.query(Criteria.where(ID).is(multiplierId)), MultiplierContact.class);
    }

    @Override
    public long removeOfPerson(String personId) {
        return mongo.remove(Query.query(Criteria.where(PERSON_ID).is(personId)), MultiplierContact.class)
                .getDeletedCount();
    }
}
