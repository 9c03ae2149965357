package berlin.gemeinsam.platform;

import berlin.gemeinsam.testsupport.architecture.HouseRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The platform is the floor every service stands on: no loops, no service code, and its layers in one direction. */
class PlatformArchitectureTest {

    private static final String ROOT = "berlin.gemeinsam.platform";
    private static final JavaClasses PLATFORM = HouseRules.mainClassesOf(ROOT);

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(PLATFORM, List.of(
                HouseRules.noPackageCycles(ROOT),
                HouseRules.usesNoOtherService(ROOT),
                plainJava("errors"),
                plainJava("ids"),
                plainJava("paging"),
                plainJava("versions"),
                below("problems", "web", "security"),
                below("security", "web"),
                below("events", "inbox", "outbox")));
    }

    /** What a domain may use must be plain Java itself. */
    private static ArchRule plainJava(String feature) {
        return classes().that().resideInAPackage(ROOT + "." + feature + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + "." + feature + "..")
                .as(feature + " is plain Java, so that a domain may use it");
    }

    private static ArchRule below(String lower, String... upper) {
        return noClasses().that().resideInAPackage(ROOT + "." + lower + "..")
                .should().dependOnClassesThat().resideInAnyPackage(Stream.of(upper)
                        .map(name -> ROOT + "." + name + "..").toArray(String[]::new))
                .as(lower + " uses nothing of " + String.join(", ", upper));
    }
}
