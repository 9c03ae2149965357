package berlin.gemeinsam.participation.formats.persistence;

import berlin.gemeinsam.participation.formats.application.DialogFormats;
import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.formats.domain.FormatStatus;
import berlin.gemeinsam.participation.formats.domain.FormatType;
import berlin.gemeinsam.participation.formats.domain.Placement;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import berlin.gemeinsam.platform.paging.InvalidCursorException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The unit's dialog formats with their seat ledgers; changes and their events are written together. */
@Repository
class DialogFormatRepository implements DialogFormats, SmartInitializingSingleton {

    private static final String ID = "_id";
    private static final String START = "start";
    private static final String SEATS_TAKEN = "seatsTaken";
    private static final String SEAT_HOLDERS = "seatHolders";
    private static final String WAITING_LIST = "waitingList";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    DialogFormatRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** The public list reads the formats in the order of their start. */
    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(DialogFormat.class).createIndex(new Index().on(START, Sort.Direction.ASC)
                .on(ID, Sort.Direction.ASC));
    }

    @Override
    public void add(DialogFormat format, List<? extends Record> events) {
        outbox.insert(format, events);
    }

    @Override
    public Optional<DialogFormat> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DialogFormat.class));
    }

    @Override
    public void save(DialogFormat format, List<? extends Record> events) {
        outbox.update(format, events);
    }

    /**
     * The seat ledger's one conditional update: it also counts up the version, so that an optimistic change of the
     * format read before it (a cancellation, a change of capacity) is refused and made again on the new ledger.
     */
    @Override
    public Optional<DialogFormat> claim(DialogFormat decided, String participantId, Placement placement) {
        int capacity = decided.getCapacity();
        Criteria stillHolds = Criteria.where(ID).is(decided.getId())
                .and("status").is(FormatStatus.SCHEDULED.name())
                .and("capacity").is(capacity)
                .and("registrationDeadline").is(decided.getRegistrationDeadline())
                .and(SEAT_HOLDERS).ne(participantId)
                .and(WAITING_LIST).ne(participantId);
        Update update = new Update().inc("version", 1);
        if (placement == Placement.SEAT) {
            stillHolds.and(SEATS_TAKEN).lt(capacity);
            update.push(SEAT_HOLDERS, participantId).inc(SEATS_TAKEN, 1);
        } else {
            stillHolds.and(SEATS_TAKEN).gte(capacity);
            update.push(WAITING_LIST, participantId);
        }
        return Optional.ofNullable(mongo.findAndModify(Query.query(stillHolds), update,
                FindAndModifyOptions.options().returnNew(true), DialogFormat.class));
    }

    @Override
    public List<DialogFormat> withPendingPromotions(int limit) {
        return mongo.find(Query.query(Criteria.where("pendingPromotions.0").exists(true)).limit(limit),
                DialogFormat.class);
    }

    @Override
    public CursorPage<DialogFormat> upcoming(Instant now, FormatType type, HelixGroup helixGroup,
                                             Optional<Cursor> after, int limit) {
        Criteria criteria = Criteria.where("end").gt(now);
        if (type != null) {
            criteria.and("type").is(type.name());
        }
        if (helixGroup != null) {
            criteria.and("helixGroups").is(helixGroup.name());
        }
        if (after.isPresent()) {
            Instant start = startOf(after.get());
            String id = after.get().key(1);
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    Criteria.where(START).gt(start),
                    Criteria.where(START).is(start).and(ID).gt(id)));
        }
        Query query = Query.query(criteria).with(Sort.by(START, ID)).limit(limit + 1);
        return CursorPage.of(mongo.find(query, DialogFormat.class), limit,
                format -> Cursor.of(String.valueOf(format.getStart().toEpochMilli()), format.getId()));
    }

    private static Instant startOf(Cursor cursor) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(cursor.key(0)));
        } catch (NumberFormatException notOurs) {
            throw new InvalidCursorException();
        }
    }
}
