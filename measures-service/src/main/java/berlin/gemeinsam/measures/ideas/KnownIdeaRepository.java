package berlin.gemeinsam.measures.ideas;

import berlin.gemeinsam.events.ideas.IdeaPublished;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The ideas of all units that this unit's measures may take up. Each change is one atomic upsert by the idea's id
 * that a redelivered event repeats without harm, and an adoption is never undone by a late publication.
 */
@Repository
public class KnownIdeaRepository {

    private final MongoTemplate mongo;

    KnownIdeaRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<KnownIdea> find(String ideaId) {
        return Optional.ofNullable(mongo.findById(ideaId, KnownIdea.class));
    }

    public void published(IdeaPublished published) {
        Update update = new Update()
                .set("unit", published.unit())
                .set("title", published.title())
                .setOnInsert("state", KnownIdeaState.PUBLISHED);
        mongo.upsert(byId(published.ideaId()), update, KnownIdea.class);
    }

    public void adopted(String ideaId, String unit, String measureId) {
        Update update = new Update()
                .set("unit", unit)
                .set("state", KnownIdeaState.ADOPTED)
                .set("adoptingMeasureId", measureId);
        mongo.upsert(byId(ideaId), update, KnownIdea.class);
    }

    private static Query byId(String ideaId) {
        return Query.query(Criteria.where("_id").is(ideaId));
    }
}
