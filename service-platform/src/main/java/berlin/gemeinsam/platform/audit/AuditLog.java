package berlin.gemeinsam.platform.audit;

import berlin.gemeinsam.platform.security.Access;
import berlin.gemeinsam.platform.security.Caller;
import berlin.gemeinsam.platform.units.OwningUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.Date;
import java.util.List;

/**
 * What moderators and admins did: who (token subject and roles), what (action on which resource), when, and
 * from which unit. Kept in the service's own store ({@code audit_log}) and written to the log category
 * {@code gemeinsam.audit} for a central log pipeline.
 */
public class AuditLog {

    public static final String COLLECTION = "audit_log";
    private static final Logger audit = LoggerFactory.getLogger("gemeinsam.audit");

    private final MongoTemplate mongo;
    private final Access access;
    private final OwningUnit owner;
    private final Clock clock;

    public AuditLog(MongoTemplate mongo, Access access, OwningUnit owner, Clock clock) {
        this.mongo = mongo;
        this.access = access;
        this.owner = owner;
        this.clock = clock;
    }

    public void record(String action, String resource, String resourceId) {
        Caller caller = access.caller().orElseThrow(() -> new IllegalStateException("audited action without caller"));
        List<String> roles = caller.roles().stream().map(Enum::name).sorted().toList();
        mongo.insert(new Document("at", Date.from(clock.instant()))
                .append("subject", caller.subject())
                .append("roles", roles)
                .append("callerUnit", caller.unit())
                .append("owningUnit", owner.id())
                .append("action", action)
                .append("resource", resource)
                .append("resourceId", resourceId), COLLECTION);
        audit.info("{} {} {} {} by {} {} of unit {}", owner.eventSource(), action, resource, resourceId,
                roles, caller.subject(), caller.unit());
    }
}
