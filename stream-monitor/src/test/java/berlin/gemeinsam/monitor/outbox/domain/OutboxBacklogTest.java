package berlin.gemeinsam.monitor.outbox.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxBacklogTest {

    @Test
    void theBacklogAndTheInstanceAreReadFromTheGaugesSeries() {
        List<OutboxBacklog> backlogs = OutboxBacklog.fromScrape("http://a", """
                # TYPE gemeinsam_outbox_backlog gauge
                gemeinsam_outbox_backlog{owning_unit="mitte",service="ideas-service"} 12.0
                gemeinsam_outbox_backlog_other{owning_unit="mitte",service="ideas-service"} 99.0
                """, Instant.EPOCH);

        assertThat(backlogs).containsExactly(new OutboxBacklog("http://a", "mitte", "ideas-service", 12.0,
                Instant.EPOCH, null));
    }

    @Test
    void aScrapeWithoutTheGaugeIsAnError() {
        List<OutboxBacklog> backlogs = OutboxBacklog.fromScrape("http://a", "jvm_threads_live_threads 4.0\n",
                Instant.EPOCH);

        assertThat(backlogs).singleElement().satisfies(backlog -> {
            assertThat(backlog.backlog()).isNull();
            assertThat(backlog.error()).contains("gemeinsam_outbox_backlog");
        });
    }
}
