package berlin.gemeinsam.testsupport;

import java.util.Map;

/**
 * Where a test's record goes: to the broker ({@link KafkaTestClient#send}), or into a poll that the test hands a
 * batch consumer itself ({@link PolledRecords#add}).
 */
@FunctionalInterface
public interface RecordOutlet {

    void send(String topic, String key, byte[] value, Map<String, String> headers);
}
