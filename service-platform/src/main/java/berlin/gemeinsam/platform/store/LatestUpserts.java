package berlin.gemeinsam.platform.store;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes what a batch of events tells about documents keyed by id, e.g. the ideas a piece of the ideas stream
 * publishes: one unordered bulk write of upserts, one per id and only the last of each. That leaves what writing all
 * of them in their order would, so the order of the writes does not matter, and a batch costs the store one command.
 */
public final class LatestUpserts {

    private LatestUpserts() {
    }

    /**
     * @param items    in the order they happened
     * @param idOf     the document's id an item is about
     * @param updateOf what an item sets; a redelivered item must leave the same document behind
     */
    public static <T> void write(MongoTemplate mongo, String collection, List<T> items, Function<T, String> idOf,
                                 Function<T, Update> updateOf) {
        if (items.isEmpty()) {
            return;
        }
        Map<String, T> lastOfEach = new LinkedHashMap<>();
        items.forEach(item -> lastOfEach.put(idOf.apply(item), item));
        BulkOperations upserts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        lastOfEach.forEach((id, item) -> upserts.upsert(Query.query(Criteria.where("_id").is(id)),
                updateOf.apply(item)));
        upserts.execute();
    }
}
