package berlin.gemeinsam.benchmarks;

import berlin.gemeinsam.testsupport.architecture.HouseRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The benchmark driver talks to the services from outside: it may use the events, the platform and the tests' issuer. */
class ArchitectureTest {

    private static final String ROOT = "berlin.gemeinsam.benchmarks";

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(HouseRules.mainClassesOf(ROOT),
                HouseRules.forTool(ROOT, HouseRules.EVENT_CONTRACTS, HouseRules.PLATFORM, "berlin.gemeinsam.testsupport.."));
    }
}
