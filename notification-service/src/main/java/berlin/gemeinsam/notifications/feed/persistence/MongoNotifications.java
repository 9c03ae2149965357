package berlin.gemeinsam.notifications.feed.persistence;

import berlin.gemeinsam.notifications.feed.application.Notifications;
import berlin.gemeinsam.notifications.feed.domain.Notification;
import berlin.gemeinsam.platform.paging.Page;
import com.mongodb.bulk.BulkWriteError;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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

    /** MongoDB's code for a write that would duplicate a unique key. */
    private static final int DUPLICATE_KEY = 11000;

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
     * One unordered bulk write: an entry whose id exists already is refused as a duplicate, and the others are
     * written all the same.
     */
    @Override
    public List<Notification> insertNew(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return List.of();
        }
        BitSet written = new BitSet(notifications.size());
        written.set(0, notifications.size());
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, mongo.getCollectionName(Notification.class))
                    .insert(notifications.stream().map(this::toDocument).toList()).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                written.clear(error.getIndex());
            }
        }
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
