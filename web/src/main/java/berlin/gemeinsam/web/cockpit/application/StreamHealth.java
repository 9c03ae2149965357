package berlin.gemeinsam.web.cockpit.application;

/** The cluster's stream-monitor: every unit's streams, the consumer groups' lag and the dead letters. */
public interface StreamHealth {

    StreamHealthReport now();
}
