package berlin.gemeinsam.monitor.outbox.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox backlog of one service instance, as its own metrics say: the gauge {@value #METRIC} (aggregates with
 * events the broker has not acknowledged, OutboxRelay), tagged with the instance's {@code owning_unit} and
 * {@code service}.
 *
 * @param url       where the instance was scraped
 * @param unit      the instance's unit, {@code null} when the scrape failed
 * @param service   the instance's service, {@code null} when the scrape failed
 * @param backlog   the gauge's value, {@code null} when the scrape failed
 * @param scrapedAt when it was read
 * @param error     why the scrape failed, {@code null} when it did not
 */
public record OutboxBacklog(String url, String unit, String service, Double backlog, Instant scrapedAt,
                            String error) {

    /** The gauge every service exports for its outbox relay. */
    public static final String METRIC = "gemeinsam_outbox_backlog";

    private static final Pattern SERIES = Pattern.compile("^" + METRIC + "\\{([^}]*)}\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static OutboxBacklog failed(String url, Instant scrapedAt, String error) {
        return new OutboxBacklog(url, null, null, null, scrapedAt, error);
    }

    /** The backlogs in a Prometheus scrape (text format): one per series of the gauge, usually one. */
    public static List<OutboxBacklog> fromScrape(String url, String scrape, Instant scrapedAt) {
        List<OutboxBacklog> backlogs = new ArrayList<>();
        for (String line : scrape.split("\n")) {
            Matcher series = SERIES.matcher(line);
            if (series.find()) {
                String unit = null;
                String service = null;
                Matcher label = LABEL.matcher(series.group(1));
                while (label.find()) {
                    if (label.group(1).equals("owning_unit")) {
                        unit = label.group(2);
                    } else if (label.group(1).equals("service")) {
                        service = label.group(2);
                    }
                }
                backlogs.add(new OutboxBacklog(url, unit, service, Double.valueOf(series.group(2)), scrapedAt, null));
            }
        }
        if (backlogs.isEmpty()) {
            backlogs.add(failed(url, scrapedAt, "no " + METRIC + " in the instance's metrics"));
        }
        return backlogs;
    }
}
