package berlin.gemeinsam.ideas.idea.persistence;

import berlin.gemeinsam.ideas.idea.application.SupportPlaces;
import berlin.gemeinsam.ideas.idea.domain.Idea;
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

    private final MongoTemplate mongo;

    SupportPlaceRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Finding a support's place reads only that support's document, however many supports the idea has. */
    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(IDEA_ID, Sort.Direction.ASC)
                .on(SUPPORT_ID, Sort.Direction.ASC));
        placeSupportsListedInTheirIdeas();
    }

    @Override
    public OptionalLong placeOf(String ideaId, String supportId) {
        Query bySupport = Query.query(Criteria.where(IDEA_ID).is(ideaId).and(SUPPORT_ID).is(supportId));
        bySupport.fields().include(PLACE);
        Document place = mongo.findOne(bySupport, Document.class, COLLECTION);
        return place == null ? OptionalLong.empty() : OptionalLong.of(((Number) place.get(PLACE)).longValue());
    }

    @Override
    public boolean take(String ideaId, long place, String supportId) {
        try {
            mongo.insert(new Document(ID, key(ideaId, place)).append(IDEA_ID, ideaId).append(PLACE, place)
                    .append(SUPPORT_ID, supportId), COLLECTION);
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
