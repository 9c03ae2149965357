package berlin.gemeinsam.monitor.outbox.application;

/** The Prometheus metrics the services' instances export. */
public interface InstanceMetrics {

    /**
     * The instance's scrape in Prometheus' text format.
     *
     * @param url the instance's base URL, e.g. {@code http://127.0.0.1:8081}
     * @throws IllegalStateException when the instance does not answer with its metrics
     */
    String scrape(String url);
}
