package berlin.gemeinsam.participation.ideas.persistence;

import berlin.gemeinsam.participation.ideas.application.PublishedIdeas;
import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

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

    /** Upserts by the idea's id: a redelivered publication leaves exactly the same document behind. */
    @Override
    public void record(PublishedIdea idea) {
        mongo.save(idea);
    }
}
