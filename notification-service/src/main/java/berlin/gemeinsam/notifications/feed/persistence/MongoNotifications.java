package berlin.gemeinsam.notifications.feed.persistence;

import berlin.gemeinsam.notifications.feed.application.Notifications;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.platform.store.IdempotentInserts;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.BitSet;
import java.util.List;

/** The subscribers' feeds in the store, one document per entry. */
@Repository
class MongoNotifications implements Notifications {

    private final MongoTemplate mongo;

    MongoNotifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A feed is read by subscriber, newest first. */
    @PostConstruct
    void createIndexes() {
        mongo.indexOps(Notification.class).createIndex(new Index().on("subscriberId", Sort.Direction.ASC)
                .on("time", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
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
    public Page<Notification> feedOf(String subscriberId, int page, int size) {
        Query query = Query.query(Criteria.where("subscriberId").is(subscriberId));
        long total = mongo.count(query, Notification.class);
        query.with(Sort.by(Sort.Direction.DESC, "time").and(Sort.by(Sort.Direction.DESC, "_id")));
        return Page.read(page, size, total,
                offset -> mongo.find(query.skip(offset).limit(size), Notification.class));
    }
}
