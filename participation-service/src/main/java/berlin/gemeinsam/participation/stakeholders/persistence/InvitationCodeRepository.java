package berlin.gemeinsam.participation.stakeholders.persistence;

import berlin.gemeinsam.participation.stakeholders.application.InvitationCodes;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationCode;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The invitation codes in the unit's own database, keyed by the code. They cause no events of their own (the
 * contributions that arrive through them do); the outbox's write is used for its optimistic update.
 */
@Repository
class InvitationCodeRepository implements InvitationCodes, SmartInitializingSingleton {

    private static final String MULTIPLIER_ID = "multiplierId";
    private static final String CREATED_AT = "createdAt";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    InvitationCodeRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(InvitationCode.class).createIndex(new Index().on(MULTIPLIER_ID, Sort.Direction.ASC));
    }

    @Override
    public void add(InvitationCode code) {
        try {
            outbox.insert(code, List.of());
        } catch (DuplicateKeyException e) {
            throw new DuplicateException("invitation-code", "the code exists already");
        }
    }

    @Override
    public void save(InvitationCode code) {
        outbox.update(code, List.of());
    }

    @Override
    public Optional<InvitationCode> find(String code) {
        return Optional.ofNullable(mongo.findById(code, InvitationCode.class));
    }

    @Override
    public List<InvitationCode> ofMultiplier(String multiplierId) {
        return mongo.find(Query.query(Criteria.where(MULTIPLIER_ID).is(multiplierId))
                .with(Sort.by(CREATED_AT, "_id")), InvitationCode.class);
    }
}
