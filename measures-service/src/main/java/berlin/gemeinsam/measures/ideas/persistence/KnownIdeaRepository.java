package berlin.gemeinsam.measures.ideas.persistence;

import berlin.gemeinsam.measures.ideas.application.KnownIdeas;
import berlin.gemeinsam.measures.ideas.domain.KnownIdea;
import berlin.gemeinsam.measures.ideas.domain.KnownIdeaState;
import berlin.gemeinsam.platform.store.LatestUpserts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The known ideas in the unit's own database: each change is one atomic upsert by the idea's id, the publications of
 * a piece of the ideas streams in one bulk write.
 */
@Repository
class KnownIdeaRepository implements KnownIdeas {

    private final MongoTemplate mongo;

    KnownIdeaRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<KnownIdea> find(String ideaId) {
        return Optional.ofNullable(mongo.findById(ideaId, KnownIdea.class));
    }

    /** One bulk write for the lot ({@link LatestUpserts}); a publication never changes an idea's state once known. */
    @Override
    public void published(List<Publication> publications) {
        LatestUpserts.write(mongo, mongo.getCollectionName(KnownIdea.class), publications, Publication::ideaId,
                publication -> new Update()
                        .set("unit", publication.unit())
                        .set("title", publication.title())
                        .setOnInsert("state", KnownIdeaState.PUBLISHED));
    }

    @Override
    public void adopted(String ideaId, String unit, String measureId) {
        Update update = new Update()
                .set("unit", unit)
                .set("state", KnownIdeaState.ADOPTED)
                .set("adoptingMeasureId", measureId);
        mongo.upsert(byId(ideaId), update, KnownIdea.class);
    }

    /** Only an idea known as published changes: one merged while submitted never left its unit. */
    @Override
    public void merged(String ideaId) {
        mongo.updateFirst(byId(ideaId), new Update().set("state", KnownIdeaState.MERGED), KnownIdea.class);
    }

    private static Query byId(String ideaId) {
        return Query.query(Criteria.where("_id").is(ideaId));
    }
}
