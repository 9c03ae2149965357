package berlin.gemeinsam.web;

import berlin.gemeinsam.testsupport.architecture.HouseRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * web keeps the house rules of a service: features in layers (application with its ports, the adapters {@code web}
 * for the pages and {@code client} for the calls to the unit's services), adapters apart, no loops. It has no domain
 * and no events of its own, and uses none of the services' code: it knows them only by their HTTP APIs.
 */
class ArchitectureTest {

    private static final String ROOT = "berlin.gemeinsam.web";

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(HouseRules.mainClassesOf(ROOT), HouseRules.forWebFrontend(ROOT));
    }
}
