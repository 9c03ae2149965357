package berlin.gemeinsam.testsupport.architecture;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** What every test uses depends on the events only, so any module may test with it. */
class ArchitectureTest {

    private static final String ROOT = "berlin.gemeinsam.testsupport";

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(HouseRules.mainClassesOf(ROOT), HouseRules.forTool(ROOT, HouseRules.EVENT_CONTRACTS));
    }
}
