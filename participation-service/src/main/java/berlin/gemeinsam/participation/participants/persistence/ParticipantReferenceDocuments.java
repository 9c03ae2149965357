package berlin.gemeinsam.participation.participants.persistence;

import berlin.gemeinsam.participation.participants.application.ParticipantReferences;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A document per person ({@code participant_references}): the token's subject as id, the reference, the group. */
@Repository
class ParticipantReferenceDocuments implements ParticipantReferences {

    static final String COLLECTION = "participant_references";
    private static final String ID = "_id";
    private static final String REFERENCE = "reference";
    private static final String HELIX_GROUP = "helixGroup";

    private final MongoTemplate mongo;

    ParticipantReferenceDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    /**
     * One upsert sets the reference only when it inserts the document; of two concurrent first upserts the second
     * collides on the id and, tried again, finds the first one's reference.
     */
    @Override
    public Stored referenceOf(String personId, HelixGroup declared, String newReference) {
        List<Bson> updates = new ArrayList<>(List.of(Updates.setOnInsert(REFERENCE, newReference)));
        if (declared != null) {
            updates.add(Updates.set(HELIX_GROUP, declared.name()));
        }
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true)
                .returnDocument(ReturnDocument.AFTER);
        Document stored;
        try {
            stored = collection().findOneAndUpdate(Filters.eq(ID, personId), Updates.combine(updates), upsert);
        } catch (MongoCommandException | MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            stored = collection().findOneAndUpdate(Filters.eq(ID, personId), Updates.combine(updates), upsert);
        }
        return stored(stored);
    }

    @Override
    public Optional<Stored> find(String personId) {
        return Optional.ofNullable(collection().find(Filters.eq(ID, personId)).first())
                .map(ParticipantReferenceDocuments::stored);
    }

    private static Stored stored(Document stored) {
        String group = stored.getString(HELIX_GROUP);
        return new Stored(stored.getString(REFERENCE), group == null ? null : HelixGroup.valueOf(group));
    }

    @Override
    public void forget(String personId) {
        collection().deleteOne(Filters.eq(ID, personId));
    }
}
