package berlin.gemeinsam.notifications.feed.persistence;

import berlin.gemeinsam.notifications.deliveries.application.ChannelDeliveries;
import berlin.gemeinsam.notifications.deliveries.domain.Delivery;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.feed.application.Notifications;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.paging.InvalidCursorException;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import berlin.gemeinsam.platform.store.IdempotentInserts;
import berlin.gemeinsam.platform.store.NewestFirst;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The subscribers' feeds in the store, one document per entry; the in-app channel's deliveries as subscribers read
 * them: an entry is delivered once it is written, so the feed keeps no status of its own.
 */
@Repository
class MongoNotifications implements Notifications, ChannelDeliveries {

    private final MongoTemplate mongo;

    MongoNotifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A feed is read by subscriber, newest first; a resumed live stream in the order the entries were written. */
    @PostConstruct
    void createIndexes() {
        CollectionIndexes.create(mongo, Notification.class,
                new Index().on("subscriberId", Sort.Direction.ASC).on("time", Sort.Direction.DESC)
                        .on("_id", Sort.Direction.DESC),
                new Index().on("subscriberId", Sort.Direction.ASC).on("writtenAt", Sort.Direction.ASC)
                        .on("_id", Sort.Direction.ASC));
    }

    /**
     * Inserts the entries in one bulk write and returns those written now. Entries that exist already (the event
     * was delivered before, or a subscriber following several of its targets came up twice) are skipped, and the
     * others are written all the same.
     *
     * <p>In the order of their ids: the entries of one event share the beginning of their ids (the event's time)
     * and differ in the rest at random, so in the followers' order each insert lands somewhere else in the id
     * index, and the embedded store reads and compares its way down to another page for each. In id order it walks
     * the index once from one end to the other: 2.6 times as many entries a second in a fan-out (measured with the
     * store alone, 50,000 entries in writes of 10,000).
     */
    @Override
    public List<Notification> insertNew(List<Notification> notifications) {
        List<Notification> inIdOrder = notifications.stream().sorted(Comparator.comparing(Notification::getId))
                .toList();
        BitSet written = IdempotentInserts.insertMissing(mongo, mongo.getCollectionName(Notification.class),
                inIdOrder.stream().map(MongoNotifications::toDocument).toList());
        return written.stream().mapToObj(inIdOrder::get).toList();
    }

    /**
     * As the template's converter maps an entry (the id as {@code _id}, times as dates, the texts as a document by
     * language, nothing for what is missing), read back by it, but by hand: the converter's reflective mapping of each
     * entry took a large share of the fan-out's time in the service. Without the mapping's type hint: there is only one
     * kind of entry, and a feed holds millions of them.
     */
    private static Document toDocument(Notification notification) {
        Document document = new Document("_id", notification.getId());
        putPresent(document, "subscriberId", notification.getSubscriberId());
        putPresent(document, "eventType", notification.getEventType());
        putPresent(document, "subject", notification.getSubject());
        putPresent(document, "unit", notification.getUnit());
        putPresent(document, "time", dateOf(notification.getTime()));
        document.put("text", new Document(notification.getText()));
        putPresent(document, "writtenAt", dateOf(notification.getWrittenAt()));
        putPresent(document, "readAt", dateOf(notification.getReadAt()));
        return document;
    }

    private static void putPresent(Document document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }

    private static Date dateOf(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    @Override
    public List<Notification> allOf(String subscriberId) {
        return mongo.find(Query.query(Criteria.where("subscriberId").is(subscriberId))
                .with(Sort.by(Sort.Direction.DESC, "time").and(Sort.by(Sort.Direction.DESC, "_id"))),
                Notification.class);
    }

    @Override
    public void removeAllOf(String subscriberId) {
        mongo.remove(Query.query(Criteria.where("subscriberId").is(subscriberId)), Notification.class);
    }

    @Override
    public Page<Notification> feedOf(String subscriberId, int page, int size) {
        Query query = Query.query(Criteria.where("subscriberId").is(subscriberId));
        long total = mongo.count(query, Notification.class);
        query.with(Sort.by(Sort.Direction.DESC, "time").and(Sort.by(Sort.Direction.DESC, "_id")));
        return Page.read(page, size, total,
                offset -> mongo.find(query.skip(offset).limit(size), Notification.class));
    }

    /** The cursor holds the last entry's time (epoch milliseconds, as the store keeps it) and id. */
    @Override
    public CursorPage<Notification> feedOf(String subscriberId, boolean unreadOnly, Optional<Cursor> after,
                                           int size) {
        Criteria criteria = Criteria.where("subscriberId").is(subscriberId);
        if (unreadOnly) {
            criteria = criteria.and("readAt").is(null);
        }
        Query query = after.isPresent()
                ? NewestFirst.pageAfter(criteria, "time", timeOf(after.get()), after.get().key(1), size + 1)
                : NewestFirst.page(criteria, "time", size + 1);
        return CursorPage.of(mongo.find(query, Notification.class), size, entry ->
                Cursor.of(Long.toString(entry.getTime().toEpochMilli()), entry.getId()));
    }

    private static Instant timeOf(Cursor cursor) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(cursor.key(0)));
        } catch (NumberFormatException notATime) {
            throw new InvalidCursorException();
        }
    }

    @Override
    public Optional<Notification> find(String subscriberId, String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id)
                .and("subscriberId").is(subscriberId)), Notification.class));
    }

    @Override
    public boolean markRead(String subscriberId, String id, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("subscriberId").is(subscriberId)
                .and("readAt").is(null)), new Update().set("readAt", at), Notification.class);
        return find(subscriberId, id).isPresent();
    }

    @Override
    public long markAllRead(String subscriberId, Instant at) {
        return mongo.updateMulti(Query.query(Criteria.where("subscriberId").is(subscriberId).and("readAt").is(null)),
                new Update().set("readAt", at), Notification.class).getModifiedCount();
    }

    @Override
    public List<Notification> writtenAfter(Notification last, int limit) {
        Criteria criteria = Criteria.where("subscriberId").is(last.getSubscriberId());
        if (last.getWrittenAt() == null) {
            criteria = criteria.and("writtenAt").ne(null);
        } else {
            criteria = criteria.orOperator(Criteria.where("writtenAt").gt(last.getWrittenAt()),
                    Criteria.where("writtenAt").is(last.getWrittenAt()).and("_id").gt(last.getId()));
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.ASC, "writtenAt").and(Sort.by(Sort.Direction.ASC, "_id")))
                .limit(limit);
        return mongo.find(query, Notification.class);
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    /** Every entry is sent, so a list of any other status is empty. */
    @Override
    public List<Delivery> of(String subscriberId, Optional<DeliveryStatus> status, Optional<Position> after,
                             int limit) {
        if (status.isPresent() && status.get() != DeliveryStatus.SENT) {
            return List.of();
        }
        Criteria criteria = Criteria.where("subscriberId").is(subscriberId);
        Query query = after.map(position -> NewestFirst.pageAfter(criteria, "time", position.time(), position.id(),
                limit)).orElseGet(() -> NewestFirst.page(criteria, "time", limit));
        return mongo.find(query, Notification.class).stream().map(MongoNotifications::asDelivery).toList();
    }

    /** An entry written before its write time was kept counts as written at the time of its event. */
    private static Delivery asDelivery(Notification entry) {
        Instant writtenAt = entry.getWrittenAt() == null ? entry.getTime() : entry.getWrittenAt();
        return new Delivery(entry.getId(), Channel.IN_APP, entry.getEventType(), entry.getSubject(), entry.getTime(),
                DeliveryStatus.SENT, null, 1, writtenAt, writtenAt);
    }
}
