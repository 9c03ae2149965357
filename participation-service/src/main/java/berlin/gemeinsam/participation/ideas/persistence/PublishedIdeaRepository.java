package berlin.gemeinsam.participation.ideas.persistence;

import berlin.gemeinsam.participation.ideas.application.PublishedIdeas;
import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;
import berlin.gemeinsam.platform.store.LatestUpserts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
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
     * One bulk write for the lot ({@link LatestUpserts}), setting only what a publication tells: a redelivered
     * publication leaves exactly the same document behind, a merge included.
     */
    @Override
    public void recordAll(List<PublishedIdea> ideas) {
        LatestUpserts.write(mongo, mongo.getCollectionName(PublishedIdea.class), ideas, PublishedIdea::getId,
                idea -> new Update()
                        .set("unit", idea.getUnit())
                        .set("title", idea.getTitle())
                        .set("publishedAt", idea.getPublishedAt()));
    }

    @Override
    public void merged(String ideaId, String survivingIdeaId) {
        mongo.updateFirst(byId(ideaId), new Update().set("mergedInto", survivingIdeaId), PublishedIdea.class);
    }

    private static Query byId(String ideaId) {
        return Query.query(Criteria.where("_id").is(ideaId));
    }
}
