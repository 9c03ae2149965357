package berlin.gemeinsam.participation.consultations.persistence;

import berlin.gemeinsam.participation.consultations.application.Consultations;
import berlin.gemeinsam.participation.consultations.domain.Consultation;
import berlin.gemeinsam.participation.consultations.domain.ConsultationFeedback;
import berlin.gemeinsam.participation.consultations.domain.FeedbackAnswer;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.DuplicateException;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.store.CollectionIndexes;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consultations and their feedback in the unit's own database, a document each; feedback and its event are
 * written together through the outbox.
 */
@Repository
class ConsultationRepository implements Consultations, SmartInitializingSingleton {

    private static final String MEASURE_ID = "measureId";
    private static final String PARTICIPANT_ID = "participantId";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    ConsultationRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** Counting a measure's feedback reads only that measure's; a participant's export and erasure only theirs. */
    @Override
    public void afterSingletonsInstantiated() {
        CollectionIndexes.create(mongo, ConsultationFeedback.class, new Index().on(MEASURE_ID, Sort.Direction.ASC),
                new Index().on(PARTICIPANT_ID, Sort.Direction.ASC));
    }

    @Override
    public Optional<Consultation> find(String measureId) {
        return Optional.ofNullable(mongo.findById(measureId, Consultation.class));
    }

    @Override
    public void add(Consultation consultation) {
        try {
            outbox.insert(consultation, List.of());
        } catch (DuplicateKeyException e) {
            throw new DuplicateException("consultation", "measure " + consultation.getId() + " has a consultation");
        }
    }

    @Override
    public void save(Consultation consultation) {
        outbox.update(consultation, List.of());
    }

    @Override
    public Optional<ConsultationFeedback> findFeedback(String feedbackId) {
        return Optional.ofNullable(mongo.findById(feedbackId, ConsultationFeedback.class));
    }

    @Override
    public void addFeedback(ConsultationFeedback feedback, List<? extends Record> events) {
        try {
            outbox.insert(feedback, events);
        } catch (DuplicateKeyException e) {
            throw new DuplicateException("feedback", "the participant gave feedback on " + feedback.getMeasureId());
        }
    }

    @Override
    public void saveFeedback(ConsultationFeedback feedback, List<? extends Record> events) {
        outbox.update(feedback, events);
    }

    @Override
    public List<ConsultationFeedback> feedbackOf(String participantId) {
        return mongo.find(Query.query(Criteria.where(PARTICIPANT_ID).is(participantId))
                .with(Sort.by("givenAt", "_id")), ConsultationFeedback.class);
    }

    @Override
    public Map<HelixGroup, Map<FeedbackAnswer, Long>> countFeedback(String measureId) {
        Aggregation perGroupAndAnswer = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(MEASURE_ID).is(measureId)),
                Aggregation.group("helixGroup", "answer").count().as("count"));
        Map<HelixGroup, Map<FeedbackAnswer, Long>> counts = new EnumMap<>(HelixGroup.class);
        for (Document group : mongo.aggregate(perGroupAndAnswer, ConsultationFeedback.class, Document.class)) {
            Document key = group.get("_id", Document.class);
            counts.computeIfAbsent(HelixGroup.valueOf(key.getString("helixGroup")),
                            helixGroup -> new EnumMap<>(FeedbackAnswer.class))
                    .put(FeedbackAnswer.valueOf(key.getString("answer")), ((Number) group.get("count")).longValue());
        }
        return counts;
    }
}
