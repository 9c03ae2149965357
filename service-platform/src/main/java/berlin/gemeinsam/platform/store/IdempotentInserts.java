package berlin.gemeinsam.platform.store;

import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Writes documents whose ids follow from the event that caused them, so a repeated delivery writes nothing twice.
 */
public final class IdempotentInserts {

    /** MongoDB's code for a write that would duplicate a unique key. */
    private static final int DUPLICATE_KEY = 11000;

    private IdempotentInserts() {
    }

    /**
     * Inserts the entities, each mapped as the template maps its type but without the type hint (there is one kind per
     * collection), like {@link #insertMissing(MongoTemplate, String, List)}.
     *
     * @return how many were written now
     */
    public static <T> long insertMissing(MongoTemplate mongo, Class<T> type, Collection<? extends T> entities) {
        List<Document> documents = entities.stream().map(entity -> {
            Document document = new Document();
            mongo.getConverter().write(entity, document);
            document.remove("_class");
            return document;
        }).toList();
        return insertMissing(mongo, mongo.getCollectionName(type), documents).cardinality();
    }

    /**
     * Inserts the documents in one unordered bulk write: those whose id exists already are skipped, and the others
     * are written all the same.
     *
     * @return the positions (in {@code documents}) of those that were written now
     */
    public static BitSet insertMissing(MongoTemplate mongo, String collection, List<Document> documents) {
        BitSet written = new BitSet(documents.size());
        written.set(0, documents.size());
        if (documents.isEmpty()) {
            return written;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection).insert(documents).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                written.clear(error.getIndex());
            }
        }
        return written;
    }
}
