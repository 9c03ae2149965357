package berlin.gemeinsam.measures.ideas.persistence;

import berlin.gemeinsam.measures.ideas.application.KnownIdeas;
import berlin.gemeinsam.measures.ideas.domain.KnownIdea;
import berlin.gemeinsam.measures.ideas.domain.KnownIdeaState;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The known ideas in the unit's own database: each change is one atomic upsert by the idea's id. */
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

    @Override
    public void published(String ideaId, String unit, String title) {
        Update update = new Update()
                .set("unit", unit)
                .set("title", title)
                .setOnInsert("state", KnownIdeaState.PUBLISHED);
        mongo.upsert(byId(ideaId), update, KnownIdea.class);
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
