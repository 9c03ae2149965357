package berlin.gemeinsam.participation.stakeholders.persistence;

import berlin.gemeinsam.participation.stakeholders.application.Organisations;
import berlin.gemeinsam.participation.stakeholders.domain.Organisation;
import berlin.gemeinsam.platform.outbox.EventOutbox;
import berlin.gemeinsam.platform.paging.Cursor;
import berlin.gemeinsam.platform.paging.CursorPage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The organisations in the unit's own database. They cause no events; the outbox's write is used for its optimistic
 * update at the version read. Their ids are ordered by time, so the list is read by id.
 */
@Repository
class OrganisationRepository implements Organisations {

    private static final String ID = "_id";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    OrganisationRepository(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public void add(Organisation organisation) {
        outbox.insert(organisation, List.of());
    }

    @Override
    public void save(Organisation organisation) {
        outbox.update(organisation, List.of());
    }

    @Override
    public Optional<Organisation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Organisation.class));
    }

    @Override
    public CursorPage<Organisation> page(Optional<Cursor> after, int limit) {
        Criteria criteria = after.map(cursor -> Criteria.where(ID).gt(cursor.key(0))).orElseGet(Criteria::new);
        Query query = Query.query(criteria).with(Sort.by(ID)).limit(limit + 1);
        return CursorPage.of(mongo.find(query, Organisation.class), limit,
                organisation -> Cursor.of(organisation.getId()));
    }
}
