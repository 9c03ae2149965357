package berlin.gemeinsam.web.cockpit.client;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.cockpit.application.StreamHealth;
import berlin.gemeinsam.web.cockpit.application.StreamHealthReport;
import berlin.gemeinsam.web.cockpit.application.StreamHealthReport.ConsumerLag;
import berlin.gemeinsam.web.cockpit.application.StreamHealthReport.DeadLetters;
import berlin.gemeinsam.web.cockpit.application.StreamHealthReport.UnitStreams;
import berlin.gemeinsam.web.services.client.ServiceClients;

/**
 * The stream-monitor's API: {@code /api/v1/streams} (units live), {@code /api/v1/consumers} (lag) and
 * {@code /api/v1/dead-letters} (the dead-letter topics' sizes), each of every unit for the central office.
 */
@Component
class HttpStreamHealth implements StreamHealth {

    private final RestClient monitor;

    HttpStreamHealth(ServiceClients clients) {
        this.monitor = clients.monitor();
    }

    @Override
    public StreamHealthReport now() {
        Streams streams = monitor.get().uri("/api/v1/streams").retrieve().body(Streams.class);
        Consumers consumers = monitor.get().uri("/api/v1/consumers").retrieve().body(Consumers.class);
        Topics deadLetters = monitor.get().uri("/api/v1/dead-letters").retrieve().body(Topics.class);
        return new StreamHealthReport(
                streams.units().stream().map(unit -> new UnitStreams(unit.unit(), unit.live(),
                        unit.activeConsumerGroups().size(),
                        unit.streams().stream().mapToLong(Stream::events).sum())).toList(),
                consumers.groups().stream().map(group -> new ConsumerLag(group.group(), group.unit(), group.state(),
                        group.activeMembers(), group.lagRecords(), group.lagSeconds())).toList(),
                deadLetters.topics().stream().map(topic -> new DeadLetters(topic.topic(), topic.unit(),
                        topic.service(), topic.size())).toList());
    }

    record Streams(List<Unit> units) {
    }

    record Unit(String unit, boolean live, List<String> activeConsumerGroups, List<Stream> streams) {
    }

    record Stream(long events) {
    }

    record Consumers(List<Group> groups) {
    }

    record Group(String group, String unit, String state, int activeMembers, long lagRecords, double lagSeconds) {
    }

    record Topics(List<Topic> topics) {
    }

    record Topic(String topic, String unit, String service, long size) {
    }
}
