package berlin.gemeinsam.notifications.mail.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Links a mail carries that work once (a confirmation, an unsubscribe), stored by their token's hash with the time
 * they were used in {@code usedField}, null until then.
 */
abstract class MongoOneTimeLinks<T> {

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final String usedField;

    MongoOneTimeLinks(MongoTemplate mongo, Class<T> type, String usedField) {
        this.mongo = mongo;
        this.type = type;
        this.usedField = usedField;
    }

    public void add(T link) {
        mongo.insert(link);
    }

    public Optional<T> find(String tokenHash) {
        return Optional.ofNullable(mongo.findById(tokenHash, type));
    }

    /** The links whose {@code field} has one of the values. */
    List<T> where(String field, Collection<?> values) {
        return mongo.find(Query.query(Criteria.where(field).in(values)), type);
    }

    /** Removes the links whose {@code field} has one of the values. */
    void removeWhere(String field, Collection<?> values) {
        mongo.remove(Query.query(Criteria.where(field).in(values)), type);
    }

    /** A conditional update: of two clicks at once, one uses the link. */
    public boolean markUsed(String tokenHash, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(tokenHash).and(usedField).is(null)),
                new Update().set(usedField, at), type).getModifiedCount() > 0;
    }
}
