package berlin.gemeinsam.participation.reports.persistence;

import berlin.gemeinsam.participation.participants.domain.Contribution;
import berlin.gemeinsam.participation.reports.application.ReportEntries;
import berlin.gemeinsam.participation.reports.domain.CountedContribution;
import berlin.gemeinsam.participation.reports.domain.Period;
import berlin.gemeinsam.participation.reports.domain.Redemption;
import berlin.gemeinsam.participation.reports.domain.ReportScope;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.store.IdempotentInserts;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The reports' contributions ({@code report_contributions}, a document per contribution, the newest state by
 * {@code ce_sequence}) and redemptions ({@code report_redemptions}, a document per contribution that arrived through an
 * invitation), written field by field.
 */
@Repository
class ReportEntryDocuments implements ReportEntries, SmartInitializingSingleton {

    static final String CONTRIBUTIONS = "report_contributions";
    static final String REDEMPTIONS = "report_redemptions";
    private static final String ID = "_id";
    private static final String UNIT = "unit";
    private static final String CONTRIBUTION = "contribution";
    private static final String TARGET_TYPE = "targetType";
    private static final String TARGET_ID = "targetId";
    private static final String PARTICIPANT = "participant";
    private static final String HELIX_GROUP = "helixGroup";
    private static final String COUNTS = "counts";
    private static final String CONTRIBUTED_AT = "contributedAt";
    private static final String SEQUENCE = "sequence";
    private static final String MULTIPLIER_ID = "multiplierId";
    private static final String REDEEMED_AT = "redeemedAt";

    private final MongoTemplate mongo;

    ReportEntryDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A report reads one target's or one unit's entries of a period. */
    @Override
    public void afterSingletonsInstantiated() {
        for (String collection : List.of(CONTRIBUTIONS, REDEMPTIONS)) {
            mongo.getCollection(collection).createIndexes(List.of(
                    new IndexModel(Indexes.ascending(TARGET_TYPE, TARGET_ID)), new IndexModel(Indexes.ascending(UNIT))));
        }
    }

    private MongoCollection<Document> contributions() {
        return mongo.getCollection(CONTRIBUTIONS);
    }

    /**
     * Replaces the kept contribution where its sequence is lower, or inserts the first one; where a newer one is kept,
     * the upsert finds nothing to replace and collides with it on the id: nothing changes.
     */
    @Override
    public void keepIfNewer(CountedContribution contribution) {
        Bson older = Filters.and(Filters.eq(ID, contribution.id()), Filters.lt(SEQUENCE, contribution.sequence()));
        try {
            contributions().replaceOne(older, document(contribution), new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public void keep(Redemption redemption) {
        IdempotentInserts.insertMissing(mongo, REDEMPTIONS, List.of(new Document(ID, redemption.contributionId())
                .append(MULTIPLIER_ID, redemption.multiplierId())
                .append(UNIT, redemption.unit())
                .append(TARGET_TYPE, redemption.targetType())
                .append(TARGET_ID, redemption.targetId())
                .append(HELIX_GROUP, redemption.helixGroup() == null ? null : redemption.helixGroup().name())
                .append(REDEEMED_AT, Date.from(redemption.redeemedAt()))));
    }

    @Override
    public List<CountedContribution> counted(ReportScope scope, Period period) {
        List<CountedContribution> found = new ArrayList<>();
        contributions().find(Filters.and(filter(scope, period, CONTRIBUTED_AT), Filters.eq(COUNTS, true)))
                .forEach(document -> found.add(contribution(document)));
        return found;
    }

    @Override
    public List<Redemption> redeemed(ReportScope scope, Period period) {
        List<Redemption> found = new ArrayList<>();
        mongo.getCollection(REDEMPTIONS).find(filter(scope, period, REDEEMED_AT))
                .forEach(document -> found.add(new Redemption(document.getString(ID),
                        document.getString(MULTIPLIER_ID), document.getString(UNIT), document.getString(TARGET_TYPE),
                        document.getString(TARGET_ID), group(document.getString(HELIX_GROUP)),
                        document.getDate(REDEEMED_AT).toInstant())));
        return found;
    }

    private static Bson filter(ReportScope scope, Period period, String timeField) {
        List<Bson> filters = new ArrayList<>();
        scope.kind().targetType().ifPresent(type -> {
            filters.add(Filters.eq(TARGET_TYPE, type));
            filters.add(Filters.eq(TARGET_ID, scope.id()));
        });
        if (scope.kind() == ReportScope.Kind.UNIT) {
            filters.add(Filters.eq(UNIT, scope.id()));
        }
        period.start().ifPresent(start -> filters.add(Filters.gte(timeField, Date.from(start))));
        period.end().ifPresent(end -> filters.add(Filters.lt(timeField, Date.from(end))));
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private static Document document(CountedContribution contribution) {
        return new Document(ID, contribution.id())
                .append(UNIT, contribution.unit())
                .append(CONTRIBUTION, contribution.contribution().name())
                .append(TARGET_TYPE, contribution.targetType())
                .append(TARGET_ID, contribution.targetId())
                .append(PARTICIPANT, contribution.participant())
                .append(HELIX_GROUP, contribution.helixGroup() == null ? null : contribution.helixGroup().name())
                .append(COUNTS, contribution.counts())
                .append(CONTRIBUTED_AT, Date.from(contribution.contributedAt()))
                .append(SEQUENCE, contribution.sequence());
    }

    private static CountedContribution contribution(Document document) {
        return new CountedContribution(document.getString(ID), document.getString(UNIT),
                Contribution.valueOf(document.getString(CONTRIBUTION)), document.getString(TARGET_TYPE),
                document.getString(TARGET_ID), document.getString(PARTICIPANT),
                group(document.getString(HELIX_GROUP)), document.getBoolean(COUNTS),
                document.getDate(CONTRIBUTED_AT).toInstant(), document.getString(SEQUENCE));
    }

    private static HelixGroup group(String name) {
        return name == null ? null : HelixGroup.valueOf(name);
    }
}
