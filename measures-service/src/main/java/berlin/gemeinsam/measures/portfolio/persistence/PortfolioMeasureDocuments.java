package berlin.gemeinsam.measures.portfolio.persistence;

import berlin.gemeinsam.measures.portfolio.application.Portfolio;
import berlin.gemeinsam.measures.portfolio.application.PortfolioFilter;
import berlin.gemeinsam.measures.portfolio.application.PortfolioMeasures;
import berlin.gemeinsam.measures.portfolio.application.PortfolioSummary;
import berlin.gemeinsam.measures.portfolio.application.PortfolioSummary.Budget;
import berlin.gemeinsam.measures.portfolio.application.PortfolioSummary.Flagged;
import berlin.gemeinsam.measures.portfolio.application.PortfolioSummary.IndicatorOnTarget;
import berlin.gemeinsam.measures.portfolio.application.PortfolioSummary.IndicatorsOnTarget;
import berlin.gemeinsam.measures.portfolio.application.PortfolioSummary.MeasureBrief;
import berlin.gemeinsam.measures.portfolio.application.PortfolioSummary.OverdueMilestone;
import berlin.gemeinsam.measures.portfolio.application.PortfolioSummary.OverdueMilestones;
import berlin.gemeinsam.measures.portfolio.domain.PortfolioMeasure;
import berlin.gemeinsam.measures.portfolio.domain.PortfolioMeasure.PortfolioIndicator;
import berlin.gemeinsam.measures.portfolio.domain.PortfolioMeasure.PortfolioMilestone;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The portfolio in the central instance's own database ({@code portfolio_measures}), a document per measure written
 * field by field: dates as ISO 8601 text (they compare as text in the order of the days), money as exact text and, for
 * the sums per unit, in cents. Every count, sum and short list is computed by the store; only a page or a short list
 * of measures is ever read.
 */
@Repository
@ConditionalOnProperty(name = "gemeinsam.unit", havingValue = Portfolio.CENTRAL_UNIT)
class PortfolioMeasureDocuments implements PortfolioMeasures, SmartInitializingSingleton {

    static final String COLLECTION = "portfolio_measures";
    private static final String ID = "_id";
    private static final String UNIT = "unit";
    private static final String TITLE = "title";
    private static final String TYPE = "type";
    private static final String STATUS = "status";
    private static final String HEALTH = "health";
    private static final String SEQUENCE = "sequence";
    private static final String FIELDS_OF_ACTION = "fieldsOfAction";
    private static final String MILESTONES = "milestones";
    private static final String INDICATORS = "indicators";
    private static final String NEXT_REVIEW_DUE = "nextReviewDue";
    private static final String PLANNED_CENTS = "budgetPlannedCents";
    private static final String SPENT_CENTS = "budgetSpentCents";
    private static final String COUNT = "count";
    private static final Bson BY_UNIT_TITLE_ID = Sorts.ascending(UNIT, TITLE, ID);

    private final MongoTemplate mongo;

    PortfolioMeasureDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Lists read in the order of unit, title and id, filtered by the unit and, mostly, one more field. */
    @Override
    public void afterSingletonsInstantiated() {
        collection().createIndexes(List.of(new IndexModel(Indexes.ascending(UNIT, TITLE, ID)),
                new IndexModel(Indexes.ascending(HEALTH, UNIT, TITLE, ID)),
                new IndexModel(Indexes.ascending(STATUS, UNIT, TITLE, ID))));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    /**
     * Replaces the kept snapshot where its sequence is lower (an unsequenced one only where the kept one is unsequenced
     * too; a kept unsequenced one is matched by its empty sequence rather than compared), or inserts the first
     * one. Where a newer one is kept, the upsert finds no document to replace and collides with it on the id:
     * nothing changes.
     */
    @Override
    public boolean keepIfNewer(PortfolioMeasure measure) {
        Bson unsequenced = Filters.eq(SEQUENCE, PortfolioMeasure.UNSEQUENCED);
        Bson older = PortfolioMeasure.UNSEQUENCED.equals(measure.sequence()) ? unsequenced
                : Filters.or(unsequenced, Filters.lt(SEQUENCE, measure.sequence()));
        try {
            collection().replaceOne(Filters.and(Filters.eq(ID, measure.id()), older), document(measure),
                    new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public PortfolioSummary summary(Optional<String> unit, LocalDate today) {
        Bson all = unit.map(owner -> Filters.eq(UNIT, owner)).orElse(new Document());
        Bson open = Filters.and(all, Filters.nin(STATUS, PortfolioMeasure.CLOSED));
        Map<String, Long> byStatus = countBy(all, STATUS, false);
        return new PortfolioSummary(today, byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                countBy(all, TYPE, false), countBy(all, UNIT, false), countBy(all, FIELDS_OF_ACTION, true),
                flagged(Filters.and(open, Filters.eq(HEALTH, "AT_RISK"))),
                flagged(Filters.and(open, Filters.eq(HEALTH, "OFF_TRACK"))),
                overdueMilestones(open, today),
                flagged(Filters.and(open, Filters.ne(NEXT_REVIEW_DUE, null), Filters.lt(NEXT_REVIEW_DUE,
                        today.toString()))),
                budgetByUnit(all), indicatorsOnTarget(all));
    }

    /** The measures counted by the values of one field (each item of a list field), in the order of the values. */
    private Map<String, Long> countBy(Bson filter, String field, boolean list) {
        List<Bson> pipeline = new ArrayList<>();
        pipeline.add(match(filter));
        if (list) {
            pipeline.add(new Document("$unwind", "$" + field));
        }
        pipeline.add(new Document("$group", new Document(ID, "$" + field).append(COUNT, new Document("$sum", 1))));
        pipeline.add(new Document("$sort", new Document(ID, 1)));
        Map<String, Long> counts = new LinkedHashMap<>();
        collection().aggregate(pipeline).forEach(group ->
                counts.put(String.valueOf(group.get(ID)), ((Number) group.get(COUNT)).longValue()));
        return counts;
    }

    private Flagged flagged(Bson filter) {
        List<MeasureBrief> first = new ArrayList<>();
        collection().find(filter).sort(BY_UNIT_TITLE_ID).limit(PortfolioSummary.SHORT_LIST)
                .forEach(document -> first.add(brief(measure(document))));
        return new Flagged(collection().countDocuments(filter), first);
    }

    private static MeasureBrief brief(PortfolioMeasure measure) {
        return new MeasureBrief(measure.id(), measure.unit(), measure.title(), measure.status(), measure.health(),
                measure.progress(), measure.nextReviewDue());
    }

    private OverdueMilestones overdueMilestones(Bson open, LocalDate today) {
        String doneDate = MILESTONES + ".doneDate";
        String dueDate = MILESTONES + ".dueDate";
        List<Bson> overdue = List.of(match(Filters.and(open, Filters.elemMatch(MILESTONES, Filters.and(
                        Filters.eq("doneDate", null), Filters.lt("dueDate", today.toString()))))),
                new Document("$unwind", "$" + MILESTONES),
                match(Filters.and(Filters.eq(doneDate, null), Filters.lt(dueDate, today.toString()))));
        long count = count(overdue);
        List<Bson> first = new ArrayList<>(overdue);
        first.add(new Document("$sort", new Document(dueDate, 1).append(UNIT, 1).append(TITLE, 1).append(ID, 1)));
        first.add(new Document("$limit", PortfolioSummary.SHORT_LIST));
        List<OverdueMilestone> milestones = new ArrayList<>();
        collection().aggregate(first).forEach(document -> {
            Document milestone = document.get(MILESTONES, Document.class);
            milestones.add(new OverdueMilestone(document.getString(ID), document.getString(UNIT),
                    document.getString(TITLE), milestone.getString("id"), milestone.getString(TITLE),
                    date(milestone.getString("dueDate"))));
        });
        return new OverdueMilestones(count, milestones);
    }

    private Map<String, Budget> budgetByUnit(Bson filter) {
        List<Bson> pipeline = List.of(match(filter),
                new Document("$group", new Document(ID, "$" + UNIT)
                        .append(PLANNED_CENTS, new Document("$sum", "$" + PLANNED_CENTS))
                        .append(SPENT_CENTS, new Document("$sum", "$" + SPENT_CENTS))),
                new Document("$sort", new Document(ID, 1)));
        Map<String, Budget> budgets = new LinkedHashMap<>();
        collection().aggregate(pipeline).forEach(group -> budgets.put(group.getString(ID), new Budget(
                euros(((Number) group.get(PLANNED_CENTS)).longValue()),
                euros(((Number) group.get(SPENT_CENTS)).longValue()))));
        return budgets;
    }

    private IndicatorsOnTarget indicatorsOnTarget(Bson filter) {
        String reached = INDICATORS + ".targetReached";
        List<Bson> onTarget = List.of(match(Filters.and(filter, Filters.eq(reached, true))),
                new Document("$unwind", "$" + INDICATORS),
                match(Filters.eq(reached, true)));
        long count = count(onTarget);
        List<Bson> first = new ArrayList<>(onTarget);
        first.add(new Document("$sort", new Document(UNIT, 1).append(TITLE, 1).append(INDICATORS + ".name", 1)
                .append(ID, 1)));
        first.add(new Document("$limit", PortfolioSummary.SHORT_LIST));
        List<IndicatorOnTarget> indicators = new ArrayList<>();
        collection().aggregate(first).forEach(document -> {
            Document indicator = document.get(INDICATORS, Document.class);
            indicators.add(new IndicatorOnTarget(document.getString(ID), document.getString(UNIT),
                    document.getString(TITLE), indicator.getString("id"), indicator.getString("name"),
                    indicator.getString("unitOfMeasurement"), decimal(indicator.getString("target")),
                    decimal(indicator.getString("latestValue")), date(indicator.getString("latestValueDate"))));
        });
        return new IndicatorsOnTarget(count, indicators);
    }

    /** How many documents come out of the pipeline, counted by the store. */
    private long count(List<Bson> pipeline) {
        List<Bson> counting = new ArrayList<>(pipeline);
        counting.add(new Document("$group", new Document(ID, null).append(COUNT, new Document("$sum", 1))));
        Document result = collection().aggregate(counting).first();
        return result == null ? 0 : ((Number) result.get(COUNT)).longValue();
    }

    private static Document match(Bson filter) {
        return new Document("$match", filter);
    }

    @Override
    public CursorPage<PortfolioMeasure> list(PortfolioFilter filter, Optional<Cursor> after, int limit) {
        List<Bson> conditions = new ArrayList<>();
        filter.unit().ifPresent(unit -> conditions.add(Filters.eq(UNIT, unit)));
        filter.status().ifPresent(status -> conditions.add(Filters.eq(STATUS, status)));
        filter.health().ifPresent(health -> conditions.add(Filters.eq(HEALTH, health)));
        filter.type().ifPresent(type -> conditions.add(Filters.eq(TYPE, type)));
        after.ifPresent(cursor -> conditions.add(Filters.or(
                Filters.gt(UNIT, cursor.key(0)),
                Filters.and(Filters.eq(UNIT, cursor.key(0)), Filters.gt(TITLE, cursor.key(1))),
                Filters.and(Filters.eq(UNIT, cursor.key(0)), Filters.eq(TITLE, cursor.key(1)),
                        Filters.gt(ID, cursor.key(2))))));
        Bson query = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<PortfolioMeasure> page = new ArrayList<>(limit + 1);
        collection().find(query).sort(BY_UNIT_TITLE_ID).limit(limit + 1)
                .forEach(document -> page.add(measure(document)));
        return CursorPage.of(page, limit, measure -> Cursor.of(measure.unit(), measure.title(), measure.id()));
    }

    private static Document document(PortfolioMeasure measure) {
        return new Document(ID, measure.id())
                .append(UNIT, measure.unit())
                .append(TITLE, measure.title())
                .append(TYPE, measure.type())
                .append(STATUS, measure.status())
                .append("participatingUnits", measure.participatingUnits())
                .append(FIELDS_OF_ACTION, measure.fieldsOfAction())
                .append(HEALTH, measure.health())
                .append("progress", measure.progress())
                .append("budgetPlanned", text(measure.budgetPlanned()))
                .append("budgetSpent", text(measure.budgetSpent()))
                .append(PLANNED_CENTS, cents(measure.budgetPlanned()))
                .append(SPENT_CENTS, cents(measure.budgetSpent()))
                .append(MILESTONES, measure.milestones().stream().map(milestone -> new Document("id", milestone.id())
                        .append(TITLE, milestone.title())
                        .append("dueDate", text(milestone.dueDate()))
                        .append("doneDate", text(milestone.doneDate()))).toList())
                .append(INDICATORS, measure.indicators().stream().map(indicator -> new Document("id", indicator.id())
                        .append("name", indicator.name())
                        .append("unitOfMeasurement", indicator.unitOfMeasurement())
                        .append("baseline", text(indicator.baseline()))
                        .append("target", text(indicator.target()))
                        .append("targetDate", text(indicator.targetDate()))
                        .append("latestValue", text(indicator.latestValue()))
                        .append("latestValueDate", text(indicator.latestValueDate()))
                        .append("targetReached", indicator.targetReached())).toList())
                .append(NEXT_REVIEW_DUE, text(measure.nextReviewDue()))
                .append("reportedAt", measure.reportedAt() == null ? null : Date.from(measure.reportedAt()))
                .append(SEQUENCE, measure.sequence());
    }

    private static PortfolioMeasure measure(Document document) {
        Date reportedAt = document.getDate("reportedAt");
        return new PortfolioMeasure(document.getString(ID), document.getString(UNIT), document.getString(TITLE),
                document.getString(TYPE), document.getString(STATUS), document.getList("participatingUnits",
                String.class), document.getList(FIELDS_OF_ACTION, String.class), document.getString(HEALTH),
                document.getInteger("progress", 0), decimal(document.getString("budgetPlanned")),
                decimal(document.getString("budgetSpent")),
                parts(document, MILESTONES, milestone -> new PortfolioMilestone(milestone.getString("id"),
                        milestone.getString(TITLE), date(milestone.getString("dueDate")),
                        date(milestone.getString("doneDate")))),
                parts(document, INDICATORS, indicator -> new PortfolioIndicator(indicator.getString("id"),
                        indicator.getString("name"), indicator.getString("unitOfMeasurement"),
                        decimal(indicator.getString("baseline")), decimal(indicator.getString("target")),
                        date(indicator.getString("targetDate")), decimal(indicator.getString("latestValue")),
                        date(indicator.getString("latestValueDate")), indicator.getBoolean("targetReached", false))),
                date(document.getString(NEXT_REVIEW_DUE)), reportedAt == null ? null : reportedAt.toInstant(),
                document.getString(SEQUENCE));
    }

    private static <T> List<T> parts(Document document, String field, Function<Document, T> part) {
        List<Document> parts = document.getList(field, Document.class);
        return parts == null ? List.of() : parts.stream().map(part).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }

    private static long cents(BigDecimal euros) {
        return euros == null ? 0 : euros.movePointRight(2).longValueExact();
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
