package berlin.gemeinsam.participation.comments.persistence;

import berlin.gemeinsam.participation.comments.application.CommentOrder;
import berlin.gemeinsam.participation.comments.application.Comments;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The comments in the unit's own database, one document each. Every list is one value of {@code listedIn}, and each
 * order has an index on it, its sort keys and the id: a page is one seek in the index to the cursor's keys and a
 * read of the next {@code limit + 1} entries, so the 500th page of a thread costs what the first does.
 */
@Repository
class CommentRepository implements Comments, SmartInitializingSingleton {

    private static final String ID = "_id";
    private static final String LISTED_IN = "listedIn";
    private static final String POSTED_AT = "postedAt";
    private static final String REPLY_COUNT = "replyCount";
    /** Set on a reply once its parent's count includes it; the reply's own changes may drop it, which costs a recount. */
    private static final String COUNTED = "counted";
    private static final String VERSION = "version";
    private static final String AUTHOR_ID = "authorId";
    private static final String REPORTER_ID = "reports.reporterId";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    CommentRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /**
     * Oldest and newest read the same index, forwards and backwards; most replies has its own. A participant's export
     * and erasure read only the comments they wrote or reported.
     */
    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Comment.class).createIndex(new Index().on(LISTED_IN, Sort.Direction.ASC)
                .on(POSTED_AT, Sort.Direction.ASC).on(ID, Sort.Direction.ASC).named("list_by_time"));
        mongo.indexOps(Comment.class).createIndex(new Index().on(LISTED_IN, Sort.Direction.ASC)
                .on(REPLY_COUNT, Sort.Direction.DESC).on(ID, Sort.Direction.ASC).named("list_by_replies"));
        mongo.indexOps(Comment.class).createIndex(new Index().on(AUTHOR_ID, Sort.Direction.ASC));
        mongo.indexOps(Comment.class).createIndex(new Index().on(REPORTER_ID, Sort.Direction.ASC));
    }

    @Override
    public void add(Comment comment, List<? extends Record> events) {
        outbox.insert(comment, events);
    }

    @Override
    public Optional<Comment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Comment.class));
    }

    @Override
    public void save(Comment comment, List<? extends Record> events) {
        outbox.update(comment, events);
    }

    /** Raises the version too, so that an edit or a hiding read before the reply writes nothing stale over it. */
    @Override
    public void countReplies(String commentId, String replyId) {
        long replies = mongo.count(Query.query(Criteria.where(LISTED_IN).is(Comment.repliesTo(commentId))),
                Comment.class);
        mongo.updateFirst(Query.query(Criteria.where(ID).is(commentId).and(REPLY_COUNT).lt(replies)),
                new Update().set(REPLY_COUNT, replies).inc(VERSION, 1), Comment.class);
        mongo.updateFirst(Query.query(Criteria.where(ID).is(replyId)), new Update().set(COUNTED, true),
                Comment.class);
    }

    @Override
    public List<Comment> uncountedReplies(int limit) {
        return mongo.find(Query.query(Criteria.where("parentId").ne(null).and(COUNTED).ne(true)).limit(limit),
                Comment.class);
    }

    @Override
    public List<Comment> concerning(String participantId) {
        return mongo.find(Query.query(new Criteria().orOperator(Criteria.where(AUTHOR_ID).is(participantId),
                Criteria.where(REPORTER_ID).is(participantId))).with(Sort.by(POSTED_AT, ID)), Comment.class);
    }

    @Override
    public CursorPage<Comment> page(String listedIn, CommentOrder order, Optional<Cursor> after, int limit) {
        Criteria inList = Criteria.where(LISTED_IN).is(listedIn);
        Query query = Query.query(after.map(cursor -> inList.andOperator(seek(order, cursor))).orElse(inList))
                .with(sort(order)).limit(limit + 1);
        List<Comment> itemsAndOneMore = mongo.find(query, Comment.class);
        return CursorPage.of(itemsAndOneMore, limit, order::cursorAfter);
    }

    private static Sort sort(CommentOrder order) {
        return switch (order) {
            case OLDEST -> Sort.by(Sort.Order.asc(POSTED_AT), Sort.Order.asc(ID));
            case NEWEST -> Sort.by(Sort.Order.desc(POSTED_AT), Sort.Order.desc(ID));
            case MOST_REPLIES -> Sort.by(Sort.Order.desc(REPLY_COUNT), Sort.Order.asc(ID));
        };
    }

    /** The comments after the cursor's in the order: a later key, or the same key and a later id. */
    private static Criteria seek(CommentOrder order, Cursor cursor) {
        long key = CommentOrder.sortKeyOf(cursor);
        String id = CommentOrder.idOf(cursor);
        return switch (order) {
            case OLDEST -> new Criteria().orOperator(Criteria.where(POSTED_AT).gt(new Date(key)),
                    Criteria.where(POSTED_AT).is(new Date(key)).and(ID).gt(id));
            case NEWEST -> new Criteria().orOperator(Criteria.where(POSTED_AT).lt(new Date(key)),
                    Criteria.where(POSTED_AT).is(new Date(key)).and(ID).lt(id));
            case MOST_REPLIES -> new Criteria().orOperator(Criteria.where(REPLY_COUNT).lt(key),
                    Criteria.where(REPLY_COUNT).is(key).and(ID).gt(id));
        };
    }
}
