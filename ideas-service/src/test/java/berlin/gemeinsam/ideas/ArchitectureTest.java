package berlin.gemeinsam.ideas;

import berlin.gemeinsam.testsupport.architecture.HouseRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The house rules for ideas-service: features in layers, adapters apart, no loops, no other service's code. */
class ArchitectureTest {

    private static final String ROOT = "berlin.gemeinsam.ideas";

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(HouseRules.mainClassesOf(ROOT), HouseRules.forService(ROOT));
    }
}
