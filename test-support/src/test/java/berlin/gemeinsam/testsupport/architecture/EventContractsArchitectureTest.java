package berlin.gemeinsam.testsupport.architecture;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** event-contracts cannot use test-support (test-support uses it), so its house rules run here. */
class EventContractsArchitectureTest {

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(HouseRules.mainClassesOf("berlin.gemeinsam.events"), HouseRules.forEventContracts());
    }
}
