package berlin.gemeinsam.notifications.subscriptions.persistence;

import berlin.gemeinsam.notifications.subscriptions.application.Followers;
import berlin.gemeinsam.notifications.subscriptions.application.Subscriptions;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Follower;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.notifications.subscriptions.domain.GeoPoint;
import berlin.gemeinsam.notifications.subscriptions.domain.Publication;
import berlin.gemeinsam.notifications.subscriptions.domain.SavedSearch;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.notifications.subscriptions.domain.TargetType;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The subscriptions in the store. They cause no events, so they are plain documents written directly, not through
 * the outbox.
 */
@Repository
class MongoSubscriptions implements Subscriptions, Followers {

    /** How many followers the store hands over per round trip while a feed entry fans out. */
    private static final int FOLLOWERS_PER_FETCH = 1_000;
    private static final String SUBSCRIBER_ID = "subscriberId";
    private static final String TARGET = "target";
    /** The stored names of the target's fields, as Spring Data maps {@link Target} ({@code id} as {@code _id}). */
    private static final String TARGET_TYPE = "target.type";
    private static final String TARGET_ID = "target._id";
    private static final String CHANNELS = "channels";
    private static final String LANGUAGE = "language";
    private static final String FREQUENCY = "frequency";

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
        CollectionIndexes.create(mongo, Subscription.class,
                new Index().on("target.type", Sort.Direction.ASC).on("target.id", Sort.Direction.ASC),
                new Index().on("subscriberId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC),
                new Index().on("profile.units", Sort.Direction.ASC).sparse(),
                new Index().on("profile.anyUnit", Sort.Direction.ASC).sparse(),
                new Index().on("profile.area.south", Sort.Direction.ASC)
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

    /**
     * Read from a cursor, {@value #FOLLOWERS_PER_FETCH} followers per round trip. One condition per type of target
     * with the ids in a list, not one per target: a poll's news name hundreds of ideas, and a store without the index
     * (the embedded one) tests each subscription against every condition. Only the fields of a {@link Follower},
     * read from the documents by hand: the template's converter mapping each follower by reflection took more of the
     * consumer's time than anything else it did for a follower (profiled in the benchmark's drain of a backlog).
     */
    @Override
    public Stream<Follower> following(Collection<Target> targets) {
        if (targets.isEmpty()) {
            return Stream.empty();
        }
        Map<TargetType, Set<String>> idsByType = new EnumMap<>(TargetType.class);
        targets.forEach(target -> idsByType.computeIfAbsent(target.type(), type -> new TreeSet<>()).add(target.id()));
        Criteria anyTarget = new Criteria().orOperator(idsByType.entrySet().stream()
                .map(ofType -> Criteria.where(TARGET_TYPE).is(ofType.getKey().name())
                        .and(TARGET_ID).in(ofType.getValue()))
                .toList());
        Query query = Query.query(anyTarget).cursorBatchSize(FOLLOWERS_PER_FETCH);
        query.fields().include(SUBSCRIBER_ID, TARGET, CHANNELS, LANGUAGE, FREQUENCY);
        return mongo.stream(query, Document.class, mongo.getCollectionName(Subscription.class))
                .map(MongoSubscriptions::followerOf);
    }

    /** As the converter writes a subscription: the target's id as {@code _id}, the enums by name. */
    private static Follower followerOf(Document subscription) {
        Document target = subscription.get(TARGET, Document.class);
        List<String> channels = subscription.getList(CHANNELS, String.class);
        String frequency = subscription.getString(FREQUENCY);
        return new Follower(subscription.getString(SUBSCRIBER_ID),
                new Target(TargetType.valueOf(target.getString("type")), target.getString("_id")),
                channels == null ? null : channels.stream().map(Channel::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))),
                subscription.getString(LANGUAGE), frequency == null ? null : Frequency.valueOf(frequency));
    }

    /**
     * Asks the store only for the saved searches that can match one of the publications: those of their units,
     * those whose area's box overlaps the box around their places, and those for any unit, each restricted to their
     * fields of action or any; each is found by an index. Whether a profile matches which publication (the exact
     * distance, the keywords) is checked by the caller, on those candidates only: the cost per poll is one query
     * and O(candidates × publications × keywords × text length), not one query per publication.
     */
    @Override
    public Stream<SavedSearch> searching(Collection<Publication> publications) {
        if (publications.isEmpty()) {
            return Stream.empty();
        }
        Set<String> units = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        publications.forEach(publication -> {
            units.add(publication.unit());
            categories.addAll(publication.categories());
        });
        List<Criteria> where = new ArrayList<>();
        where.add(Criteria.where("profile.units").in(units));
        where.add(Criteria.where("profile.anyUnit").is(true));
        List<GeoPoint> places = publications.stream().flatMap(publication -> publication.place().stream()).toList();
        if (!places.isEmpty()) {
            where.add(Criteria.where("profile.area.south").lte(max(places, GeoPoint::latitude))
                    .and("profile.area.north").gte(min(places, GeoPoint::latitude))
                    .and("profile.area.west").lte(max(places, GeoPoint::longitude))
                    .and("profile.area.east").gte(min(places, GeoPoint::longitude)));
        }
        Criteria inField = new Criteria().orOperator(Criteria.where("profile.categories").in(categories),
                Criteria.where("profile.anyCategory").is(true));
        Query query = Query.query(new Criteria().andOperator(Criteria.where("target.type").is(TargetType.SEARCH),
                new Criteria().orOperator(where), inField)).cursorBatchSize(FOLLOWERS_PER_FETCH);
        return mongo.stream(query, Subscription.class).map(subscription -> new SavedSearch(
                new Follower(subscription.getSubscriberId(), subscription.getTarget(), subscription.getChannels(),
                        subscription.getLanguage(), subscription.getFrequency()), subscription.getProfile()));
    }

    private static double max(List<GeoPoint> places, ToDoubleFunction<GeoPoint> coordinate) {
        return places.stream().mapToDouble(coordinate).max().orElseThrow();
    }

    private static double min(List<GeoPoint> places, ToDoubleFunction<GeoPoint> coordinate) {
        return places.stream().mapToDouble(coordinate).min().orElseThrow();
    }
}
