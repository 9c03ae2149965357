package berlin.gemeinsam.platform.store;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

import java.util.Arrays;

/**
 * Creates a collection's indexes in one {@code createIndexes} command instead of one command per index, as
 * {@code indexOps(...).createIndex} does: each is a round trip to the store that a service waits for before it is
 * ready. The keys are mapped as {@code indexOps} maps them (a property's field name, e.g. {@code id} as {@code _id},
 * where the collection is a mapped type's) and the names are the driver's, so an index created either way is the
 * same one; one that exists already is left as it is.
 */
public final class CollectionIndexes {

    private CollectionIndexes() {
    }

    /** The indexes of the collection the type is stored in, keys named by the type's properties. */
    public static void create(MongoTemplate mongo, Class<?> type, IndexDefinition... indexes) {
        create(mongo, mongo.getCollectionName(type),
                mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type), indexes);
    }

    public static void create(MongoTemplate mongo, String collection, IndexDefinition... indexes) {
        create(mongo, collection, mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> entity.getCollection().equals(collection)).findFirst().orElse(null), indexes);
    }

    private static void create(MongoTemplate mongo, String collection, MongoPersistentEntity<?> entity,
                               IndexDefinition... indexes) {
        QueryMapper mapper = new QueryMapper(mongo.getConverter());
        mongo.getCollection(collection).createIndexes(Arrays.stream(indexes)
                .map(index -> new IndexModel(mapper.getMappedSort(index.getIndexKeys(), entity), options(index)))
                .toList());
    }

    /** The options the services use; any other is refused rather than dropped. */
    static IndexOptions options(IndexDefinition index) {
        IndexOptions options = new IndexOptions();
        Document described = index.getIndexOptions();
        described.forEach((option, value) -> {
            switch (option) {
                case "name" -> options.name((String) value);
                case "unique" -> options.unique((Boolean) value);
                case "sparse" -> options.sparse((Boolean) value);
                default -> throw new IllegalArgumentException("The index option " + option + " is not supported");
            }
        });
        return options;
    }
}
