package berlin.gemeinsam.measures;

import berlin.gemeinsam.testsupport.architecture.HouseRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(HouseRules.mainClassesOf("berlin.gemeinsam.measures"),
                HouseRules.forService("berlin.gemeinsam.measures"));
    }
}
