package berlin.gemeinsam.notifications.subscriptions.persistence;

import berlin.gemeinsam.notifications.subscriptions.application.Followers;
import berlin.gemeinsam.notifications.subscriptions.application.Subscriptions;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Follower;
import berlin.gemeinsam.notifications.subscriptions.domain.Publication;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.notifications.subscriptions.domain.TargetType;
import berlin.gemeinsam.platform.paging.Page;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The subscriptions in the store. They cause no events, so they are plain documents written directly, not through
 * the outbox.
 */
@Repository
class MongoSubscriptions implements Subscriptions, Followers {

    /** How many followers the store hands over per round trip while a feed entry fans out. */
    private static final int FOLLOWERS_PER_FETCH = 1_000;

    private final MongoTemplate mongo;

    MongoSubscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The fan-out looks subscriptions up by target, the subscriber's list by subscriber. Spring Data stores the
     * target's {@code id} as {@code target._id}; queries and indexes name the property and are mapped alike.
     */
    @PostConstruct
    void createIndexes() {
        IndexOperations indexes = mongo.indexOps(Subscription.class);
        indexes.createIndex(new Index().on("target.type", Sort.Direction.ASC).on("target.id", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("subscriberId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("profile.units", Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index().on("profile.anyUnit", Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index().on("profile.area.south", Sort.Direction.ASC)
                .on("profile.area.north", Sort.Direction.ASC).sparse());
    }

    @Override
    public boolean add(Subscription subscription) {
        try {
            mongo.insert(toDocument(subscription), mongo.getCollectionName(Subscription.class));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Without the mapping's type hint, like every aggregate the platform stores: there is one kind only. */
    private Document toDocument(Subscription subscription) {
        Document document = new Document();
        mongo.getConverter().write(subscription, document);
        document.remove("_class");
        return document;
    }

    @Override
    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Subscription.class));
    }

    @Override
    public boolean remove(String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id)), Subscription.class).getDeletedCount() > 0;
    }

    @Override
    public boolean updateChannels(Subscription subscription) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(subscription.getId())),
                new Update().set("channels", subscription.getChannels()).set("language", subscription.getLanguage())
                        .set("frequency", subscription.getFrequency()),
                Subscription.class).getMatchedCount() > 0;
    }

    /** One atomic update: two clicks at once take the channel off once. */
    @Override
    public boolean removeChannel(String id, Channel channel) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("channels").is(channel)),
                new Update().pull("channels", channel), Subscription.class).getModifiedCount() > 0;
    }

    @Override
    public List<Subscription> allOf(String subscriberId) {
        return mongo.find(Query.query(Criteria.where("subscriberId").is(subscriberId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"))), Subscription.class);
    }

    @Override
    public void removeAllOf(String subscriberId) {
        mongo.remove(Query.query(Criteria.where("subscriberId").is(subscriberId)), Subscription.class);
    }

    @Override
    public Page<Subscription> listOf(String subscriberId, int page, int size) {
        Query query = Query.query(Criteria.where("subscriberId").is(subscriberId));
        long total = mongo.count(query, Subscription.class);
        query.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")));
        return Page.read(page, size, total,
                offset -> mongo.find(query.skip(offset).limit(size), Subscription.class));
    }

    /** Read from a cursor, {@value #FOLLOWERS_PER_FETCH} followers per round trip. */
    @Override
    public Stream<Follower> following(Collection<Target> targets) {
        Criteria anyTarget = new Criteria().orOperator(targets.stream()
                .map(target -> Criteria.where("target.type").is(target.type()).and("target.id").is(target.id()))
                .toList());
        Query query = Query.query(anyTarget).cursorBatchSize(FOLLOWERS_PER_FETCH);
        return mongo.query(Subscription.class).as(Follower.class).matching(query).stream();
    }

    /**
     * Asks the store only for the saved searches that can match: those of the publication's unit, those whose area's
     * box holds its place, and those for any unit, each restricted to its fields of action or any; each is found by
     * an index. The exact distance (haversine) and the keywords are checked here, on those candidates only: the cost
     * per event is O(candidates × keywords × text length), not O(all saved searches).
     */
    @Override
    public Stream<Follower> searching(Publication publication) {
        List<Criteria> where = new ArrayList<>();
        where.add(Criteria.where("profile.units").is(publication.unit()));
        where.add(Criteria.where("profile.anyUnit").is(true));
        publication.place().ifPresent(place -> where.add(Criteria.where("profile.area.south").lte(place.latitude())
                .and("profile.area.north").gte(place.latitude())
                .and("profile.area.west").lte(place.longitude())
                .and("profile.area.east").gte(place.longitude())));
        Criteria inField = new Criteria().orOperator(
                Criteria.where("profile.categories").in(publication.categories()),
                Criteria.where("profile.anyCategory").is(true));
        Query query = Query.query(new Criteria().andOperator(Criteria.where("target.type").is(TargetType.SEARCH),
                new Criteria().orOperator(where), inField)).cursorBatchSize(FOLLOWERS_PER_FETCH);
        return mongo.stream(query, Subscription.class)
                .filter(subscription -> subscription.getProfile().matches(publication))
                .map(subscription -> new Follower(subscription.getSubscriberId(), subscription.getTarget(),
                        subscription.getChannels(), subscription.getLanguage(), subscription.getFrequency()));
    }
}
