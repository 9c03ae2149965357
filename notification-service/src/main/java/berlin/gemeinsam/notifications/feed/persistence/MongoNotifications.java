package berlin.gemeinsam.notifications.feed.persistence;

import berlin.gemeinsam.notifications.feed.application.Notifications;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.paging.InvalidCursorException;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.store.IdempotentInserts;
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
import java.util.List;
import java.util.Optional;

/** The subscribers' feeds in the store, one document per entry. */
@Repository
class MongoNotifications implements Notifications {

    private final MongoTemplate mongo;

    MongoNotifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A feed is read by subscriber, newest first; a resumed live stream in the order the entries were written. */
    @PostConstruct
    void createIndexes() {
        mongo.indexOps(Notification.class).createIndex(new Index().on("subscriberId", Sort.Direction.ASC)
                .on("time", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
        mongo.indexOps(Notification.class).createIndex(new Index().on("subscriberId", Sort.Direction.ASC)
                .on("writtenAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    /**
     * Inserts the entries in one bulk write and returns those written now. Entries that exist already (the event
     * was delivered before, or a subscriber following several of its targets came up twice) are skipped, and the
     * others are written all the same.
     */
    @Override
    public List<Notification> insertNew(List<Notification> notifications) {
        BitSet written = IdempotentInserts.insertMissing(mongo, mongo.getCollectionName(Notification.class),
                notifications.stream().map(this::toDocument).toList());
        return written.stream().mapToObj(notifications::get).toList();
    }

    /** Without the mapping's type hint: there is only one kind of entry, and a feed holds millions of them. */
    private Document toDocument(Notification notification) {
        Document document = new Document();
        mongo.getConverter().write(notification, document);
        document.remove("_class");
        return document;
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
        if (after.isPresent()) {
            Instant time = timeOf(after.get());
            String id = after.get().key(1);
            criteria = criteria.orOperator(Criteria.where("time").lt(time),
                    Criteria.where("time").is(time).and("_id").lt(id));
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "time").and(Sort.by(Sort.Direction.DESC, "_id")))
                .limit(size + 1);
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
}
