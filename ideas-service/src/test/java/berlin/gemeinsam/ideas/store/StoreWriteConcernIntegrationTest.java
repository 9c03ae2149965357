package berlin.gemeinsam.ideas.store;

import static org.assertj.core.api.Assertions.assertThat;

import berlin.gemeinsam.testsupport.HttpApi;
import berlin.gemeinsam.testsupport.ServiceApiTest;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Issue #8: every write goes to the store with the write concern production needs (a majority of the replica set,
 * in their journals), so an acknowledged write survives a crash of the primary; the embedded store takes it too.
 */
class StoreWriteConcernIntegrationTest extends ServiceApiTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void writesAreAcknowledgedByAMajorityFromTheirJournals() {
        assertThat(mongo.getDb().getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
    }

    @Test
    void theEmbeddedStoreAcceptsThatWriteConcern() {
        HttpApi.Response created = asCitizen("c-8")
                .post("/api/v1/ideas", "{\"title\":\"Sitzbank\",\"problem\":\"Keine Bank am Platz\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(asCitizen("c-8").get("/api/v1/ideas/" + created.field("id")).status()).isEqualTo(200);
    }
}
