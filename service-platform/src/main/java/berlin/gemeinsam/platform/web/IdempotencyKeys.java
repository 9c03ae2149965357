package berlin.gemeinsam.platform.web;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The request each {@code Idempotency-Key} came with, as a fingerprint (SHA-256 of the request as the service
 * understood it, so that spacing and the order of the JSON properties do not matter). A repeat of the same request
 * gets what the first one created; the key sent with another request is refused with 422, as the IETF draft on the
 * header asks, rather than answering with the first resource and dropping the new request unseen.
 */
public class IdempotencyKeys {

    private static final String COLLECTION = "idempotency_keys";

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    public IdempotencyKeys(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs the creation of a request that came with a key (or none: then it simply runs). The key is claimed for the
     * request first, so that of two different requests with one key only one gets through; a creation that fails
     * gives the key back, so that the client may correct the request and send it again under the same key.
     *
     * @param scope whose keys these are, e.g. one author's ideas: two callers who pick the same key do not collide
     * @throws IdempotencyKeyReusedException when the key came with another request before
     */
    public <T> T once(String scope, String key, Object request, Supplier<T> creation) {
        if (key == null) {
            return creation.get();
        }
        String id = scope + "/" + key;
        String fingerprint = fingerprint(request);
        boolean claimed = claim(id, fingerprint, scope);
        try {
            return creation.get();
        } catch (RuntimeException e) {
            if (claimed) {
                mongo.remove(Query.query(Criteria.where("_id").is(id).and("fingerprint").is(fingerprint)), COLLECTION);
            }
            throw e;
        }
    }

    /** True when this request claimed the key now, false when the same request had claimed it before. */
    private boolean claim(String id, String fingerprint, String scope) {
        try {
            mongo.insert(new Document("_id", id).append("fingerprint", fingerprint).append("claimedAt",
                    clock.instant()), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            Document claimed = mongo.findById(id, Document.class, COLLECTION);
            if (claimed == null) {
                // given back by a failed creation in between
                return claim(id, fingerprint, scope);
            }
            if (!fingerprint.equals(claimed.getString("fingerprint"))) {
                throw new IdempotencyKeyReusedException(scope);
            }
            return false;
        }
    }

    private String fingerprint(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
