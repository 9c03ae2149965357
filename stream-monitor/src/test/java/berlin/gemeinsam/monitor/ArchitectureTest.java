package berlin.gemeinsam.monitor;

import berlin.gemeinsam.testsupport.architecture.HouseRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** stream-monitor keeps the house rules: features in layers, adapters apart, no loops. */
class ArchitectureTest {

    private static final String ROOT = "berlin.gemeinsam.monitor";

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(HouseRules.mainClassesOf(ROOT), HouseRules.forService(ROOT));
    }
}
