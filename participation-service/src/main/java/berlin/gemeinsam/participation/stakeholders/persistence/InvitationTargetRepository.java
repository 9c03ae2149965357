package berlin.gemeinsam.participation.stakeholders.persistence;

import berlin.gemeinsam.participation.formats.domain.DialogFormat;
import berlin.gemeinsam.participation.ideas.domain.PublishedIdea;
import berlin.gemeinsam.participation.stakeholders.application.InvitationTargets;
import berlin.gemeinsam.participation.stakeholders.domain.InvitationTarget;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Whether an idea or format exists to invite to, read where the ideas and formats features keep them: asking their
 * use cases would make those features, which ask this one about codes, and this one depend on each other.
 */
@Repository
class InvitationTargetRepository implements InvitationTargets {

    private final MongoTemplate mongo;

    InvitationTargetRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean exists(InvitationTarget type, String id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        return switch (type) {
            case IDEA -> mongo.exists(byId, PublishedIdea.class);
            case FORMAT -> mongo.exists(byId, DialogFormat.class);
        };
    }
}
