package berlin.gemeinsam.participation.privacy.persistence;

import berlin.gemeinsam.participation.privacy.application.ParticipantErasures;
import berlin.gemeinsam.participation.privacy.domain.ParticipantErasure;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The erasures in the unit's own database, each written together with its event through the outbox. */
@Repository
class ParticipantErasureRepository implements ParticipantErasures {

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    ParticipantErasureRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Optional<ParticipantErasure> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ParticipantErasure.class));
    }

    /** Two concurrent first requests: the second reads the first's erasure and goes on with it. */
    @Override
    public void add(ParticipantErasure erasure, List<? extends Record> events) {
        try {
            outbox.insert(erasure, events);
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("the erasure " + erasure.getId() + " was requested meanwhile",
                    e);
        }
    }

    @Override
    public void save(ParticipantErasure erasure, List<? extends Record> events) {
        outbox.update(erasure, events);
    }
}
