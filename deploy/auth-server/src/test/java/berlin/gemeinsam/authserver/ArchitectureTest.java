package berlin.gemeinsam.authserver;

import berlin.gemeinsam.testsupport.architecture.HouseRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The local token issuer stands beside the services: it uses none of the project's code. */
class ArchitectureTest {

    private static final String ROOT = "berlin.gemeinsam.authserver";

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(HouseRules.mainClassesOf(ROOT), HouseRules.forTool(ROOT));
    }
}
