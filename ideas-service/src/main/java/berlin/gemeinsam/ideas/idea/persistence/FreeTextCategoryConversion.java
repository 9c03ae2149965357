package berlin.gemeinsam.ideas.idea.persistence;

import berlin.gemeinsam.events.Category;
import berlin.gemeinsam.ideas.idea.domain.Idea;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ideas stored before the fixed list of fields of action have a free-text {@code category}, which {@link Category}
 * cannot read, so such an idea could not be read at all. At start-up each is converted: a German or English label of
 * a field of action becomes that field; any other text moves to {@code formerCategory}, so that nothing the author
 * wrote is lost. Each idea is converted in one update that matches the text it read, so that a second start, or a
 * second instance starting at once, finds nothing left to convert.
 */
@Component
class FreeTextCategoryConversion implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FreeTextCategoryConversion.class);
    static final String CATEGORY = "category";
    static final String FORMER_CATEGORY = "formerCategory";
    private static final String ID = "_id";
    private static final String VERSION = "version";

    private final MongoTemplate mongo;

    FreeTextCategoryConversion(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        convertFreeTextCategories();
    }

    /** Converts the ideas whose category names no field of action; answers how many it converted. */
    int convertFreeTextCategories() {
        String ideas = mongo.getCollectionName(Idea.class);
        List<String> fields = Arrays.stream(Category.values()).map(Enum::name).toList();
        Query freeText = Query.query(Criteria.where(CATEGORY).ne(null).nin(fields));
        freeText.fields().include(CATEGORY);
        int converted = 0;
        try (Stream<Document> stored = mongo.stream(freeText, Document.class, ideas)) {
            for (Document idea : (Iterable<Document>) stored::iterator) {
                Object text = idea.get(CATEGORY);
                Update conversion = Category.ofLabel(text instanceof String label ? label : null)
                        .map(field -> new Update().set(CATEGORY, field.name()))
                        .orElseGet(() -> new Update().unset(CATEGORY).set(FORMER_CATEGORY, String.valueOf(text)))
                        .inc(VERSION, 1);
                converted += (int) mongo.updateFirst(Query.query(Criteria.where(ID).is(idea.get(ID))
                        .and(CATEGORY).is(text)), conversion, ideas).getModifiedCount();
            }
        }
        if (converted > 0) {
            log.info("Converted the free-text categories of {} ideas to the fields of action", converted);
        }
        return converted;
    }
}
