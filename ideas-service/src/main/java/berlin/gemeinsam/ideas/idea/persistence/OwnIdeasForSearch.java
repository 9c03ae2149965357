package berlin.gemeinsam.ideas.idea.persistence;

import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.search.application.SearchableIdea;
import berlin.gemeinsam.ideas.search.application.SearchableIdeas;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The unit's own ideas as the search index follows them, by {@code changedAt} and id (a store index on both). Not
 * on the central instance ({@code gemeinsam.unit=central}): it has no ideas of its own, and its index follows the
 * view it builds from every unit's events instead.
 */
@Repository
@ConditionalOnExpression("'${gemeinsam.unit}' != 'central'")
class OwnIdeasForSearch implements SearchableIdeas, SmartInitializingSingleton {

    private static final String ID = "_id";
    private static final String CHANGED_AT = "changedAt";
    private static final String SUBMITTED_AT = "submittedAt";

    private final MongoTemplate mongo;

    OwnIdeasForSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Creates the store index the index follows by, and gives ideas stored before {@code changedAt} was kept the
     * time of their submission, which the idea takes for it when it is read, so that the query finds them too.
     */
    @Override
    public void afterSingletonsInstantiated() {
        String ideas = mongo.getCollectionName(Idea.class);
        mongo.indexOps(ideas).createIndex(new Index().on(CHANGED_AT, Sort.Direction.ASC).on(ID, Sort.Direction.ASC));
        Query withoutChangedAt = Query.query(Criteria.where(CHANGED_AT).exists(false));
        withoutChangedAt.fields().include(SUBMITTED_AT);
        try (Stream<Document> unstamped = mongo.stream(withoutChangedAt, Document.class, ideas)) {
            unstamped.forEach(idea -> mongo.updateFirst(
                    Query.query(Criteria.where(ID).is(idea.get(ID)).and(CHANGED_AT).exists(false)),
                    new Update().set(CHANGED_AT, idea.get(SUBMITTED_AT, Date.class)), ideas));
        }
    }

    @Override
    public List<SearchableIdea> changedSince(Instant since, String afterId, int limit) {
        Criteria changed = afterId == null ? Criteria.where(CHANGED_AT).gte(since)
                : new Criteria().orOperator(Criteria.where(CHANGED_AT).gt(since),
                        Criteria.where(CHANGED_AT).is(since).and(ID).gt(afterId));
        Query query = Query.query(changed)
                .with(Sort.by(Sort.Direction.ASC, CHANGED_AT).and(Sort.by(Sort.Direction.ASC, ID)))
                .limit(limit);
        return mongo.find(query, Idea.class).stream().map(OwnIdeasForSearch::searchable).toList();
    }

    @Override
    public List<SearchableIdea> withIds(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where(ID).in(ids)), Idea.class).stream()
                .map(OwnIdeasForSearch::searchable).toList();
    }

    private static SearchableIdea searchable(Idea idea) {
        return new SearchableIdea(idea.getId(), idea.getUnit(), idea.getTitle(), idea.getProblem(), idea.getProposal(),
                idea.getCategory() == null ? null : idea.getCategory().name(),
                idea.getPrinciples().stream().map(Enum::name).collect(Collectors.toSet()),
                idea.getLocation() == null ? null : idea.getLocation().latitude(),
                idea.getLocation() == null ? null : idea.getLocation().longitude(),
                idea.getLanguage().name().toLowerCase(Locale.ROOT), idea.getStatus().name(), idea.getSupportCount(),
                idea.getSubmittedAt(), idea.getPublishedAt(), idea.getChangedAt(), null, idea.getVersion());
    }
}
