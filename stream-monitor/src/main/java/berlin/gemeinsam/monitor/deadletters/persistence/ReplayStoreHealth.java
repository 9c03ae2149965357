package berlin.gemeinsam.monitor.deadletters.persistence;

import berlin.gemeinsam.platform.health.DocumentStoreHealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The monitor's own database, where the audit log of replays lives: part of its readiness ({@code store}, as in every
 * service's readiness group).
 */
@Component("store")
class ReplayStoreHealth extends DocumentStoreHealthIndicator {

    ReplayStoreHealth(MongoTemplate mongo) {
        super(mongo);
    }
}
