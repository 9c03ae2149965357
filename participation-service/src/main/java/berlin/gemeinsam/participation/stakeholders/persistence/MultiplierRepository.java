package berlin.gemeinsam.participation.stakeholders.persistence;

import berlin.gemeinsam.participation.stakeholders.application.Multipliers;
import berlin.gemeinsam.participation.stakeholders.domain.Multiplier;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.paging.InvalidCursorException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/**
 * The multipliers in the unit's own database. A multiplier never changes and causes no event: it is inserted once,
 * and its id (from the organisation or person) makes a second registration a duplicate key.
 */
@Repository
class MultiplierRepository implements Multipliers {

    private static final String ID = "_id";
    private static final String REGISTERED_AT = "registeredAt";

    private final MongoTemplate mongo;

    MultiplierRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(Multiplier multiplier) {
        try {
            mongo.insert(multiplier);
        } catch (DuplicateKeyException e) {
            throw new DuplicateException("multiplier", "multiplier " + multiplier.getId() + " is registered already");
        }
    }

    @Override
    public Optional<Multiplier> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Multiplier.class));
    }

    @Override
    public CursorPage<Multiplier> page(Optional<Cursor> after, int limit) {
        Criteria criteria = after.map(cursor -> {
            Instant registeredAt = registeredAtOf(cursor);
            return new Criteria().orOperator(Criteria.where(REGISTERED_AT).gt(registeredAt),
                    Criteria.where(REGISTERED_AT).is(registeredAt).and(ID).gt(cursor.key(1)));
        }).orElseGet(Criteria::new);
        Query query = Query.query(criteria).with(Sort.by(REGISTERED_AT, ID)).limit(limit + 1);
        return CursorPage.of(mongo.find(query, Multiplier.class), limit, multiplier -> Cursor.of(
                String.valueOf(multiplier.getRegisteredAt().toEpochMilli()), multiplier.getId()));
    }

    private static Instant registeredAtOf(Cursor cursor) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(cursor.key(0)));
        } catch (NumberFormatException notOurs) {
            throw new InvalidCursorException();
        }
    }
}
