package berlin.gemeinsam.ideas.central.persistence;

import berlin.gemeinsam.ideas.central.application.CentralIdeas;
import berlin.gemeinsam.ideas.central.application.CentralView;
import berlin.gemeinsam.ideas.central.application.IdeaStats;
import berlin.gemeinsam.ideas.central.domain.CentralIdea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.ideas.search.application.SearchableIdea;
import berlin.gemeinsam.ideas.search.application.SearchableIdeas;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The central view in the central instance's own database ({@code central_ideas}), and the search's source of ideas
 * there: on the central instance the search indexes the view, not the instance's own (empty) idea store, hence
 * {@link Primary}.
 */
@Repository
@Primary
@ConditionalOnProperty(name = "gemeinsam.unit", havingValue = CentralView.CENTRAL_UNIT)
class CentralIdeaRepository implements CentralIdeas, SearchableIdeas, SmartInitializingSingleton {

    static final String COLLECTION = "central_ideas";
    private static final String ID = "_id";
    private static final String VERSION = "version";
    private static final String STATUS = "status";
    private static final String UNIT = "unit";
    private static final String CHANGED_AT = "changedAt";
    private static final List<String> SHOWN = IdeaStatus.PUBLIC.stream().map(Enum::name).sorted().toList();

    private final MongoTemplate mongo;

    CentralIdeaRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The search reads the view in the order of its changes. */
    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(CHANGED_AT, Sort.Direction.ASC)
                .on(ID, Sort.Direction.ASC));
    }

    @Override
    public Optional<CentralIdea> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CentralIdea.class, COLLECTION));
    }

    @Override
    public void save(CentralIdea idea) {
        Document document = new Document();
        mongo.getConverter().write(idea, document);
        document.remove("_class");
        long readVersion = idea.getVersion();
        document.put(VERSION, readVersion + 1);
        if (readVersion == 0) {
            try {
                mongo.insert(document, COLLECTION);
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("idea " + idea.getId() + " was added to the view meanwhile",
                        e);
            }
            return;
        }
        Document current = new Document(ID, idea.getId()).append(VERSION, readVersion);
        if (mongo.getCollection(COLLECTION).replaceOne(current, document).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("idea " + idea.getId() + " changed in the view meanwhile");
        }
    }

    @Override
    public IdeaStats stats(Optional<String> unit) {
        Map<String, Long> byStatus = countBy(STATUS, unit);
        return new IdeaStats(byStatus.values().stream().mapToLong(Long::longValue).sum(), countBy(UNIT, unit),
                countBy("category", unit), byStatus, countBy("publishedMonth", unit));
    }

    /**
     * The shown ideas (of one unit or all) counted by the values of one field, in the order of the values; ideas
     * without a value left out.
     */
    private Map<String, Long> countBy(String field, Optional<String> unit) {
        Criteria shown = Criteria.where(STATUS).in(SHOWN);
        unit.ifPresent(owner -> shown.and(UNIT).is(owner));
        if (!STATUS.equals(field) && !(UNIT.equals(field) && unit.isPresent())) {
            shown.and(field).ne(null);
        }
        Aggregation counting = Aggregation.newAggregation(
                Aggregation.match(shown),
                Aggregation.group(field).count().as("count"),
                Aggregation.sort(Sort.Direction.ASC, ID));
        Map<String, Long> counts = new LinkedHashMap<>();
        mongo.aggregate(counting, COLLECTION, Document.class).forEach(group ->
                counts.put(String.valueOf(group.get(ID)), ((Number) group.get("count")).longValue()));
        return counts;
    }

    /**
     * The ideas the view knows events of (withdrawn ones included, so that the search drops them), in the order of
     * their changes in the view.
     */
    @Override
    public List<SearchableIdea> changedSince(Instant since, String afterId, int limit) {
        Criteria changed = afterId == null ? Criteria.where(CHANGED_AT).gte(since)
                : new Criteria().orOperator(Criteria.where(CHANGED_AT).gt(since),
                        Criteria.where(CHANGED_AT).is(since).and(ID).gt(afterId));
        Query query = Query.query(new Criteria().andOperator(changed, Criteria.where(STATUS).ne(null)))
                .with(Sort.by(Sort.Order.asc(CHANGED_AT), Sort.Order.asc(ID)))
                .limit(limit);
        return mongo.find(query, CentralIdea.class, COLLECTION).stream().map(CentralIdeaRepository::searchable)
                .toList();
    }

    /** By the ids alone, which the embedded store answers from the id index; what the view does not show is left out. */
    @Override
    public List<SearchableIdea> withIds(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where(ID).in(ids)), CentralIdea.class, COLLECTION).stream()
                .filter(idea -> idea.getStatus() != null).map(CentralIdeaRepository::searchable).toList();
    }

    private static SearchableIdea searchable(CentralIdea idea) {
        // the view does not learn when an idea was submitted
        return new SearchableIdea(idea.getId(), idea.getUnit(), idea.getTitle(), idea.getProblem(),
                idea.getProposal(), idea.getCategory(), new LinkedHashSet<>(idea.getPrinciples()),
                idea.getLatitude(), idea.getLongitude(), idea.getLanguage(), idea.getStatus().name(),
                idea.getSupportCount(), null, idea.getPublishedAt(), idea.getChangedAt(), idea.getMergedInto(),
                idea.getVersion());
    }
}
