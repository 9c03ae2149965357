package berlin.gemeinsam.ideas.idea.persistence;

import berlin.gemeinsam.ideas.idea.application.SupportPlaces;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The places of supports in their ideas' counts, a document each. Its id is the idea and the place, so that the
 * store's unique id lets only one support take a place.
 */
@Repository
class SupportPlaceRepository implements SupportPlaces, SmartInitializingSingleton {

    static final String COLLECTION = "support_places";
    /** Where ideas stored by versions without places list the ids of their counted supports. */
    static final String LISTED_IN_THE_IDEA = "countedSupports";
    private static final String ID = "_id";
    private static final String IDEA_ID = "ideaId";
    private static final String PLACE = "place";
    private static final String SUPPORT_ID = "supportId";
    private static final String WITHDRAWAL_ID = "withdrawalId";

    private final MongoTemplate mongo;

    SupportPlaceRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Finding a support's place reads only that support's document, however many supports the idea has. */
    @Override
    public void afterSingletonsInstantiated() {
        CollectionIndexes.create(mongo, COLLECTION,
                new Index().on(IDEA_ID, Sort.Direction.ASC).on(SUPPORT_ID, Sort.Direction.ASC),
                new Index().on(IDEA_ID, Sort.Direction.ASC).on(WITHDRAWAL_ID, Sort.Direction.ASC));
        placeSupportsListedInTheirIdeas();
    }

    @Override
    public OptionalLong placeOf(String ideaId, String supportId) {
        return placeOf(ideaId, SUPPORT_ID, supportId);
    }

    @Override
    public boolean take(String ideaId, long place, String supportId) {
        return take(key(ideaId, place), ideaId, place, SUPPORT_ID, supportId);
    }

    /** Withdrawals take places of their own, apart from the supports' by their ids and by the field naming them. */
    @Override
    public OptionalLong withdrawalPlaceOf(String ideaId, String withdrawalId) {
        return placeOf(ideaId, WITHDRAWAL_ID, withdrawalId);
    }

    @Override
    public boolean takeWithdrawal(String ideaId, long place, String withdrawalId) {
        return take(ideaId + "/withdrawal/" + place, ideaId, place, WITHDRAWAL_ID, withdrawalId);
    }

    private OptionalLong placeOf(String ideaId, String holderField, String holder) {
        Query byHolder = Query.query(Criteria.where(IDEA_ID).is(ideaId).and(holderField).is(holder));
        byHolder.fields().include(PLACE);
        Document place = mongo.findOne(byHolder, Document.class, COLLECTION);
        return place == null ? OptionalLong.empty() : OptionalLong.of(((Number) place.get(PLACE)).longValue());
    }

    private boolean take(String id, String ideaId, long place, String holderField, String holder) {
        try {
            mongo.insert(new Document(ID, id).append(IDEA_ID, ideaId).append(PLACE, place)
                    .append(holderField, holder), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Gives the supports an idea's document still lists the places they were counted at (the list's order, which
     * its count is the length of), and removes the list, so that an idea's document holds nothing its class does not
     * know. Placing is idempotent and comes before the removal, so a start that stops half-way is completed by the
     * next one.
     */
    void placeSupportsListedInTheirIdeas() {
        String ideas = mongo.getCollectionName(Idea.class);
        Query listing = Query.query(Criteria.where(LISTED_IN_THE_IDEA).exists(true));
        listing.fields().include(LISTED_IN_THE_IDEA);
        try (Stream<Document> listingIdeas = mongo.stream(listing, Document.class, ideas)) {
            listingIdeas.forEach(idea -> {
                String ideaId = idea.getString(ID);
                List<String> listed = idea.getList(LISTED_IN_THE_IDEA, String.class, List.of());
                if (!listed.isEmpty()) {
                    BulkOperations places = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
                    for (int index = 0; index < listed.size(); index++) {
                        long place = index + 1L;
                        places.upsert(Query.query(Criteria.where(ID).is(key(ideaId, place))), new Update()
                                .setOnInsert(IDEA_ID, ideaId).setOnInsert(PLACE, place)
                                .setOnInsert(SUPPORT_ID, listed.get(index)));
                    }
                    places.execute();
                }
                mongo.updateFirst(Query.query(Criteria.where(ID).is(ideaId)), new Update().unset(LISTED_IN_THE_IDEA),
                        ideas);
            });
        }
    }

    private static String key(String ideaId, long place) {
        return ideaId + "/" + place;
    }
}
