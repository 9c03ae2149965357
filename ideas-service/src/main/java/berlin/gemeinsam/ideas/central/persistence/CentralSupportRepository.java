package berlin.gemeinsam.ideas.central.persistence;

import berlin.gemeinsam.ideas.central.application.CentralSupports;
import berlin.gemeinsam.ideas.central.application.CentralView;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The supports the central view has seen ({@code central_supports}), keyed by the giving's id, and their withdrawals
 * ({@code central_support_withdrawals}), keyed by the withdrawal's id.
 */
@Repository
@ConditionalOnProperty(name = "gemeinsam.unit", havingValue = CentralView.CENTRAL_UNIT)
class CentralSupportRepository implements CentralSupports, SmartInitializingSingleton {

    static final String COLLECTION = "central_supports";
    static final String WITHDRAWALS = "central_support_withdrawals";
    private static final String IDEA_ID = "ideaId";

    private final MongoTemplate mongo;

    CentralSupportRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Counting an idea's supports reads only its entries of the index. */
    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(IDEA_ID, Sort.Direction.ASC));
        mongo.indexOps(WITHDRAWALS).createIndex(new Index().on(IDEA_ID, Sort.Direction.ASC));
    }

    @Override
    public void add(String supportId, String ideaId) {
        addOnce(supportId, ideaId, COLLECTION);
    }

    @Override
    public long countFor(String ideaId) {
        return mongo.count(Query.query(Criteria.where(IDEA_ID).is(ideaId)), COLLECTION);
    }

    @Override
    public void addWithdrawal(String withdrawalId, String ideaId) {
        addOnce(withdrawalId, ideaId, WITHDRAWALS);
    }

    @Override
    public long countWithdrawalsFor(String ideaId) {
        return mongo.count(Query.query(Criteria.where(IDEA_ID).is(ideaId)), WITHDRAWALS);
    }

    private void addOnce(String id, String ideaId, String collection) {
        try {
            mongo.insert(new Document("_id", id).append(IDEA_ID, ideaId), collection);
        } catch (DuplicateKeyException e) {
            // seen before: counted once
        }
    }
}
