package berlin.gemeinsam.participation.formats.persistence;

import berlin.gemeinsam.participation.formats.application.Registrations;
import berlin.gemeinsam.participation.formats.domain.Registration;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The registrations for the unit's dialog formats, each written together with its events. */
@Repository
class RegistrationRepository implements Registrations, SmartInitializingSingleton {

    private static final String FORMAT_ID = "formatId";
    private static final String PARTICIPANT_ID = "participantId";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    RegistrationRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** A format's registrations are read without reading every other format's, a participant's only theirs. */
    @Override
    public void afterSingletonsInstantiated() {
        CollectionIndexes.create(mongo, Registration.class, new Index().on(FORMAT_ID, Sort.Direction.ASC),
                new Index().on(PARTICIPANT_ID, Sort.Direction.ASC));
    }

    /** The id follows from format and participant, so the store's unique id makes one registration per person. */
    @Override
    public void add(Registration registration, List<? extends Record> events) {
        try {
            outbox.insert(registration, events);
        } catch (DuplicateKeyException e) {
            throw new DuplicateException("registration", "the participant is registered for "
                    + registration.getFormatId() + " already");
        }
    }

    @Override
    public void save(Registration registration, List<? extends Record> events) {
        outbox.update(registration, events);
    }

    @Override
    public Optional<Registration> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Registration.class));
    }

    @Override
    public List<Registration> ofParticipant(String participantId) {
        return mongo.find(Query.query(Criteria.where(PARTICIPANT_ID).is(participantId))
                .with(Sort.by("registeredAt", "_id")), Registration.class);
    }

    @Override
    public List<Registration> ofFormat(String formatId) {
        return mongo.find(Query.query(Criteria.where(FORMAT_ID).is(formatId))
                .with(Sort.by("registeredAt", "_id")), Registration.class);
    }
}
