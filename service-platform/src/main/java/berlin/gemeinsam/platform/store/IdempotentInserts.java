package berlin.gemeinsam.platform.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.springframework.dao.DataAccessException;
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

    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

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
     * are written all the same. Straight through the driver's {@code insertMany}, in the template's exception
     * translation: the template's bulk operations publish three mapping events per document (before convert, before
     * save, after save), which nothing here listens to and which cost the batch consumer a visible share of its time
     * per event.
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
            mongo.execute(collection, into -> into.insertMany(documents, UNORDERED));
        } catch (DataAccessException e) {
            if (!(e.getCause() instanceof MongoBulkWriteException bulk)) {
                throw e;
            }
            for (BulkWriteError error : bulk.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                written.clear(error.getIndex());
            }
        }
        return written;
    }
}
