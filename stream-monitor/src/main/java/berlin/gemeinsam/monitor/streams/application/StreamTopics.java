package berlin.gemeinsam.monitor.streams.application;

import berlin.gemeinsam.monitor.streams.domain.StreamTopic;

import java.util.List;

/** The units' stream topics on the cluster. */
public interface StreamTopics {

    /** Every topic {@code gemeinsam.<unit>.<stream>} with its end offset and newest record's timestamp. */
    List<StreamTopic> all();
}
