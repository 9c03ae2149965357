package berlin.gemeinsam.monitor.deadletters.persistence;

import berlin.gemeinsam.monitor.deadletters.application.Replays;
import berlin.gemeinsam.monitor.deadletters.domain.Replay;
import berlin.gemeinsam.platform.errors.DuplicateException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit log of replays in the monitor's own database ({@code gemeinsam-central-stream-monitor}), collection
 * {@value #COLLECTION}: keyed by the dead letter, so the store refuses a second replay of it.
 */
@Component
class MongoReplays implements Replays {

    static final String COLLECTION = "replays";

    private final MongoTemplate mongo;

    MongoReplays(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void claim(Replay replay) {
        try {
            mongo.insert(replay, COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new DuplicateException("replay", "dead letter " + replay.id() + " was replayed before");
        }
    }

    @Override
    public void release(Replay replay) {
        mongo.remove(Query.query(Criteria.where("_id").is(replay.id())), COLLECTION);
    }

    @Override
    public Map<String, Replay> byIds(Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Replay.class, COLLECTION).stream()
                .collect(Collectors.toMap(Replay::id, Function.identity()));
    }

    @Override
    public List<Replay> newest(String unit, int limit) {
        Query query = unit == null ? new Query() : Query.query(Criteria.where("unit").is(unit));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "replayedAt")).limit(limit), Replay.class,
                COLLECTION);
    }
}
