package berlin.gemeinsam.participation.comments.persistence;

import berlin.gemeinsam.participation.comments.application.Comments;
import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.comments.domain.CommentList;
import berlin.gemeinsam.participation.comments.domain.CommentPlace;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The comments in the unit's own database, one document each, and a document per list ({@code comment_lists}) with
 * the positions it handed out and the replies of its comments that have any. A comment's place (its list and
 * position) is unique, so a page is read by the places it covers: lookups of a unique key, which MongoDB and the
 * embedded store (which uses its unique indexes for nothing else) both answer without a scan, the 500th page of a
 * thread costing what the first does.
 */
@Repository
class CommentRepository implements Comments, SmartInitializingSingleton {

    private static final String LISTS = "comment_lists";
    private static final String ID = "_id";
    private static final String LISTED_IN = "listedIn";
    private static final String PLACE = "place";
    private static final String PLACE_LIST = "list";
    private static final String PLACE_POSITION = "position";
    private static final String POSTED_AT = "postedAt";
    private static final String REPLY_COUNT = "replyCount";
    /** In a list's document: the highest position handed out. */
    private static final String POSITIONS = "positions";
    /** In a list's document: the replies of each of its comments with any, by the position as the field's name. */
    private static final String REPLIES = "replies";
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
     * A list's pages read the unique places (sparse: comments stored before places have none until they are placed);
     * counting a comment's replies reads its list of replies. A participant's export and erasure read only the
     * comments they wrote or reported.
     */
    @Override
    public void afterSingletonsInstantiated() {
        CollectionIndexes.create(mongo, Comment.class,
                new Index().on(PLACE, Sort.Direction.ASC).unique().sparse().named("list_place"),
                new Index().on(LISTED_IN, Sort.Direction.ASC).named("list"),
                new Index().on(AUTHOR_ID, Sort.Direction.ASC),
                new Index().on(REPORTER_ID, Sort.Direction.ASC));
        placeCommentsStoredWithoutPlaces();
    }

    /**
     * Gives the comments stored before places one at the end of their lists, in the order they were posted, and ranks
     * those with replies. Each is placed only if it still has no place and its version rises, so a concurrent start
     * wastes at most a position and a change read before cannot take the place away again.
     */
    void placeCommentsStoredWithoutPlaces() {
        Query unplaced = Query.query(Criteria.where(PLACE).exists(false))
                .with(Sort.by(LISTED_IN, POSTED_AT, ID));
        unplaced.fields().include(LISTED_IN, REPLY_COUNT);
        String collection = mongo.getCollectionName(Comment.class);
        try (Stream<Document> comments = mongo.stream(unplaced, Document.class, collection)) {
            comments.forEach(comment -> {
                String list = comment.getString(LISTED_IN);
                long position = nextPosition(list);
                boolean placed = mongo.updateFirst(Query.query(Criteria.where(ID).is(comment.get(ID))
                                .and(PLACE).exists(false)),
                        new Update().set(PLACE, place(list, position)).inc(VERSION, 1), Comment.class)
                        .getModifiedCount() == 1;
                long replies = ((Number) comment.get(REPLY_COUNT, 0L)).longValue();
                if (placed && replies > 0) {
                    rank(list, position, replies);
                }
            });
        }
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

    /**
     * Raises the version too, so that an edit or a hiding read before the reply writes nothing stale over it. The
     * reply is marked counted last, so a process stopping before its list ranks the comment anew leaves it to the
     * catch-up.
     */
    @Override
    public void countReplies(String commentId, String replyId) {
        long replies = mongo.count(Query.query(Criteria.where(LISTED_IN).is(Comment.repliesTo(commentId))),
                Comment.class);
        mongo.updateFirst(Query.query(Criteria.where(ID).is(commentId).and(REPLY_COUNT).lt(replies)),
                new Update().set(REPLY_COUNT, replies).inc(VERSION, 1), Comment.class);
        Query placeOfComment = Query.query(Criteria.where(ID).is(commentId));
        placeOfComment.fields().include(PLACE);
        Document comment = mongo.findOne(placeOfComment, Document.class, mongo.getCollectionName(Comment.class));
        Document place = comment == null ? null : comment.get(PLACE, Document.class);
        if (place != null) {
            rank(place.getString(PLACE_LIST), ((Number) place.get(PLACE_POSITION)).longValue(), replies);
        }
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

    /** An atomic increment of the list's own document, which the first position creates. */
    @Override
    public long nextPosition(String listedIn) {
        Document list = mongo.findAndModify(Query.query(Criteria.where(ID).is(listedIn)),
                new Update().inc(POSITIONS, 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, LISTS);
        return ((Number) list.get(POSITIONS)).longValue();
    }

    @Override
    public CommentList list(String listedIn, boolean ranking) {
        Query byId = Query.query(Criteria.where(ID).is(listedIn));
        if (!ranking) {
            byId.fields().include(POSITIONS);
        }
        Document list = mongo.findOne(byId, Document.class, LISTS);
        if (list == null) {
            return CommentList.empty(listedIn);
        }
        Map<Long, Long> replies = new HashMap<>();
        list.get(REPLIES, new Document()).forEach((position, count) ->
                replies.put(Long.parseLong(position), ((Number) count).longValue()));
        return new CommentList(listedIn, ((Number) list.get(POSITIONS)).longValue(), replies);
    }

    @Override
    public List<Comment> at(String listedIn, List<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where(PLACE).in(positions.stream()
                .map(position -> place(listedIn, position)).toList())), Comment.class);
    }

    /** A place as the mapping stores {@link CommentPlace}: the same fields in the same order, which equality needs. */
    private static Document place(String list, long position) {
        return new Document(PLACE_LIST, list).append(PLACE_POSITION, position);
    }

    /** Ranks the comment at the position by its replies; a rank never falls, like the count it follows. */
    private void rank(String list, long position, long replies) {
        mongo.updateFirst(Query.query(Criteria.where(ID).is(list)), new Update().max(REPLIES + "." + position, replies),
                LISTS);
    }
}
