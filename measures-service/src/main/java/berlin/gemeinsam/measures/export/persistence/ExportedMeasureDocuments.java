package berlin.gemeinsam.measures.export.persistence;

import berlin.gemeinsam.measures.export.application.ExportedMeasure;
import berlin.gemeinsam.measures.export.application.ExportedMeasures;
import berlin.gemeinsam.measures.measure.domain.Measure;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The measure documents read by the names of their fields rather than mapped to the measure, so that the export
 * shows what is stored without depending on how the measure is built, and a new field is only a new column name.
 * A cursor reads them a batch at a time, in the order of the id index every collection has.
 *
 * <p>Progress and the next review due are not stored but derived by the measure from its milestones, indicators and
 * history: for them each document is read whole and read as the measure, which derives them as its API answers them.
 */
@Repository
@ConditionalOnExpression("'${gemeinsam.unit}' != 'central'")
class ExportedMeasureDocuments implements ExportedMeasures {

    /** The collection measures-service keeps its measures in. */
    private static final String MEASURES = "measure";
    private static final int BATCH_SIZE = 500;
    private static final String PROGRESS = "progress";
    private static final String NEXT_REVIEW_DUE = "nextReviewDue";
    private static final Set<String> DERIVED = Set.of(PROGRESS, NEXT_REVIEW_DUE);

    private final MongoTemplate mongo;

    ExportedMeasureDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void forEach(List<String> columns, LocalDate today, Consumer<ExportedMeasure> sink) {
        Query query = new Query().with(Sort.by("_id")).cursorBatchSize(BATCH_SIZE);
        boolean derived = columns.stream().anyMatch(DERIVED::contains);
        if (!derived) {
            columns.forEach(column -> query.fields().include(field(column)));
        }
        try (Stream<Document> documents = mongo.stream(query, Document.class, MEASURES)) {
            documents.forEach(document -> sink.accept(row(document, columns,
                    derived ? mongo.getConverter().read(Measure.class, document) : null, today)));
        }
    }

    private static ExportedMeasure row(Document document, List<String> columns, Measure measure, LocalDate today) {
        List<Object> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            if (PROGRESS.equals(column)) {
                values.add(measure.controllingOn(today).progress());
            } else if (NEXT_REVIEW_DUE.equals(column)) {
                values.add(measure.nextReviewDue().orElse(null));
            } else {
                values.add(value(document.getEmbedded(List.of(field(column).split("\\.")), Object.class)));
            }
        }
        return new ExportedMeasure(values);
    }

    /**
     * The store keeps an aggregate's id as {@code _id}, every other attribute under its own name, and an attribute
     * of a part of the measure under its path ({@code part.attribute}).
     */
    private static String field(String column) {
        return "id".equals(column) ? "_id" : column;
    }

    private static Object value(Object stored) {
        if (stored instanceof Date date) {
            return date.toInstant();
        }
        if (stored instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (stored instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(value(item))).toList();
        }
        if (stored instanceof Document part) {
            return part.toJson();
        }
        if (stored instanceof ObjectId id) {
            return id.toHexString();
        }
        return stored;
    }
}
