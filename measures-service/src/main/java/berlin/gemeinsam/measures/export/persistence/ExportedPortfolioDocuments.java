package berlin.gemeinsam.measures.export.persistence;

import berlin.gemeinsam.measures.export.application.ExportedMeasure;
import berlin.gemeinsam.measures.export.application.ExportedMeasures;
import org.bson.Document;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every unit's measures for the central instance's export, read from its portfolio ({@code portfolio_measures}, kept
 * by {@code measures.portfolio}) by the names of their fields, a batch at a time in the order of the measures' ids.
 * The portfolio keeps money as exact text, exported as numbers like the unit's export does.
 */
@Repository
@ConditionalOnProperty(name = "gemeinsam.unit", havingValue = "central")
class ExportedPortfolioDocuments implements ExportedMeasures {

    private static final String PORTFOLIO = "portfolio_measures";
    private static final int BATCH_SIZE = 500;
    /** The portfolio's names of the columns it names otherwise; every other column is its field's name. */
    private static final Map<String, String> FIELDS = Map.of("id", "_id",
            "mandate.budgetPlanned", "budgetPlanned", "mandate.budgetSpent", "budgetSpent");
    private static final List<String> MONEY = List.of("budgetPlanned", "budgetSpent");

    private final MongoTemplate mongo;

    ExportedPortfolioDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The portfolio keeps the days the units reported; none of its columns depends on the day of the export. */
    @Override
    public void forEach(List<String> columns, LocalDate today, Consumer<ExportedMeasure> sink) {
        Query query = new Query().with(Sort.by("_id")).cursorBatchSize(BATCH_SIZE);
        columns.forEach(column -> query.fields().include(field(column)));
        try (Stream<Document> documents = mongo.stream(query, Document.class, PORTFOLIO)) {
            documents.forEach(document -> sink.accept(row(document, columns)));
        }
    }

    private static ExportedMeasure row(Document document, List<String> columns) {
        List<Object> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            String field = field(column);
            Object stored = document.get(field);
            if (stored instanceof String amount && MONEY.contains(field)) {
                values.add(new BigDecimal(amount));
            } else if (stored instanceof Date date) {
                values.add(date.toInstant());
            } else if (stored instanceof List<?> list) {
                values.add(list.stream().map(String::valueOf).toList());
            } else {
                values.add(stored);
            }
        }
        return new ExportedMeasure(values);
    }

    private static String field(String column) {
        return FIELDS.getOrDefault(column, column);
    }
}
