package berlin.gemeinsam.participation.ideas;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The published ideas of all units that this unit's participants can support. */
@Repository
public class PublishedIdeaRepository {

    private final MongoTemplate mongo;

    PublishedIdeaRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<PublishedIdea> find(String ideaId) {
        return Optional.ofNullable(mongo.findById(ideaId, PublishedIdea.class));
    }

    /** Upserts by the idea's id: a redelivered publication leaves exactly the same document behind. */
    void record(PublishedIdea idea) {
        mongo.save(idea);
    }
}
