package berlin.gemeinsam.platform.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;

/**
 * A list read newest first by a time field, then by id descending, on from the last item answered (keyset paging):
 * a page's cost is the same however deep it is, and an item added meanwhile neither repeats nor hides another.
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    /** The first {@code limit} documents matching {@code criteria}, newest first by {@code timeField}. */
    public static Query page(Criteria criteria, String timeField, int limit) {
        return Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, timeField).and(Sort.by(Sort.Direction.DESC, "_id")))
                .limit(limit);
    }

    /** The same, of the documents after the one with {@code time} and {@code id} in that order. */
    public static Query pageAfter(Criteria criteria, String timeField, Instant time, String id, int limit) {
        return page(criteria.orOperator(Criteria.where(timeField).lt(time),
                Criteria.where(timeField).is(time).and("_id").lt(id)), timeField, limit);
    }
}
