package berlin.gemeinsam.participation.stakeholders.persistence;

import berlin.gemeinsam.participation.comments.domain.Comment;
import berlin.gemeinsam.participation.formats.domain.Registration;
import berlin.gemeinsam.participation.stakeholders.application.AttributedContributions;
import berlin.gemeinsam.participation.stakeholders.domain.InvitedContribution;
import berlin.gemeinsam.participation.supports.domain.Support;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the contributions that arrived through codes where their features keep them: each support, comment and
 * registration document carries the {@code invitationCode} it came through, written with the contribution itself, so
 * the count is exactly what was stored.
 */
@Repository
class AttributedContributionRepository implements AttributedContributions, SmartInitializingSingleton {

    private static final String INVITATION_CODE = "invitationCode";
    private static final Map<InvitedContribution, Class<?>> DOCUMENTS = Map.of(
            InvitedContribution.SUPPORT, Support.class,
            InvitedContribution.COMMENT, Comment.class,
            InvitedContribution.REGISTRATION, Registration.class);

    private final MongoTemplate mongo;

    AttributedContributionRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A code's contributions are counted without reading everybody else's. */
    @Override
    public void afterSingletonsInstantiated() {
        DOCUMENTS.values().forEach(type -> mongo.indexOps(type)
                .createIndex(new Index().on(INVITATION_CODE, Sort.Direction.ASC)));
    }

    @Override
    public Map<InvitedContribution, Map<String, Long>> countByInvitationCode(Collection<String> codes) {
        Map<InvitedContribution, Map<String, Long>> counts = new EnumMap<>(InvitedContribution.class);
        DOCUMENTS.forEach((contribution, type) -> {
            Aggregation perCode = Aggregation.newAggregation(
                    Aggregation.match(Criteria.where(INVITATION_CODE).in(codes)),
                    Aggregation.group(INVITATION_CODE).count().as("count"));
            Map<String, Long> perKind = new HashMap<>();
            for (Document group : mongo.aggregate(perCode, type, Document.class)) {
                perKind.put(group.getString("_id"), ((Number) group.get("count")).longValue());
            }
            counts.put(contribution, perKind);
        });
        return counts;
    }
}
