package berlin.gemeinsam.web.services.client;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the unit's services answer, each by its base URL.
 *
 * @param ideas         ideas-service
 * @param participation participation-service (supports, comments)
 * @param notifications notification-service (follows)
 * @param measures      measures-service (the unit's measures; of the unit {@code central}, the portfolio)
 * @param monitor       the cluster's stream-monitor, which the central office's cockpit reads
 */
@ConfigurationProperties("gemeinsam.services")
public record ServiceEndpoints(URI ideas, URI participation, URI notifications, URI measures, URI monitor) {

    public ServiceEndpoints {
        if (ideas == null || participation == null || notifications == null || measures == null || monitor == null) {
            throw new IllegalArgumentException("gemeinsam.services.ideas, .participation, .notifications, .measures"
                    + " and .monitor must name the unit's services");
        }
    }
}
