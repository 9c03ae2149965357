package berlin.gemeinsam.participation.ideas.persistence;

import berlin.gemeinsam.participation.ideas.application.PublishedIdeas;
import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The published ideas in the unit's own database, one document per idea. */
@Repository
class PublishedIdeaRepository implements PublishedIdeas {

    private final MongoTemplate mongo;

    PublishedIdeaRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PublishedIdea> find(String ideaId) {
        return Optional.ofNullable(mongo.findById(ideaId, PublishedIdea.class));
    }

    /**
     * Upserts by the ideas' ids in one unordered bulk write, setting only what a publication tells: a redelivered
     * publication leaves exactly the same document behind, a merge included. Only the last of each idea is written,
     * which leaves what writing all of them in their order would, so the order of the writes does not matter.
     */
    @Override
    public void recordAll(List<PublishedIdea> ideas) {
        if (ideas.isEmpty()) {
            return;
        }
        Map<String, PublishedIdea> lastOfEach = new LinkedHashMap<>();
        ideas.forEach(idea -> lastOfEach.put(idea.getId(), idea));
        BulkOperations upserts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PublishedIdea.class);
        lastOfEach.values().forEach(idea -> upserts.upsert(byId(idea.getId()), new Update()
                .set("unit", idea.getUnit())
                .set("title", idea.getTitle())
                .set("publishedAt", idea.getPublishedAt())));
        upserts.execute();
    }

    @Override
    public void merged(String ideaId, String survivingIdeaId) {
        mongo.updateFirst(byId(ideaId), new Update().set("mergedInto", survivingIdeaId), PublishedIdea.class);
    }

    private static Query byId(String ideaId) {
        return Query.query(Criteria.where("_id").is(ideaId));
    }
}
