package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.platform.web.PageResponse;
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

import java.util.Collection;
import java.util.List;

/** The subscribers' feeds, one document per entry. */
@Repository
class NotificationRepository {

    /** MongoDB's code for a write that would duplicate a unique key. */
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    NotificationRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A feed is read by subscriber, newest first. */
    @PostConstruct
    void createIndexes() {
        mongo.indexOps(Notification.class).createIndex(new Index().on("subscriberId", Sort.Direction.ASC)
                .on("time", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
    }

    /**
     * Inserts the entries in one unordered bulk write. Entries that exist already (the event was delivered
     * before, or the subscriber came up twice) are skipped, and the others are written all the same.
     */
    void insertNew(Collection<Notification> notifications) {
        List<Document> documents = notifications.stream().map(this::toDocument).toList();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, mongo.getCollectionName(Notification.class))
                    .insert(documents).execute();
        } catch (BulkOperationException e) {
            if (!e.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /** Without the mapping's type hint: there is only one kind of entry, and a feed holds millions of them. */
    private Document toDocument(Notification notification) {
        Document document = new Document();
        mongo.getConverter().write(notification, document);
        document.remove("_class");
        return document;
    }

    PageResponse<Notification> feedOf(String subscriberId, int page, int size) {
        Query query = Query.query(Criteria.where("subscriberId").is(subscriberId));
        long total = mongo.count(query, Notification.class);
        query.with(Sort.by(Sort.Direction.DESC, "time").and(Sort.by(Sort.Direction.DESC, "_id")))
                .skip((long) page * size).limit(size);
        return PageResponse.of(mongo.find(query, Notification.class), page, size, total);
    }
}
