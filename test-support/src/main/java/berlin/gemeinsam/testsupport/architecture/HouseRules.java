package berlin.gemeinsam.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules every module's architecture test runs, so that a service keeps its shape by a test, not by
 * discipline. A service is packaged by feature ({@code berlin.gemeinsam.<service>.<feature>}) and each feature in
 * layers:
 * <ul>
 *     <li>{@code domain}: aggregates, value objects and the events they return; plain Java;</li>
 *     <li>{@code application}: use cases, the aggregate's transactions, visibility rules, and the ports
 *     (interfaces) its adapters implement;</li>
 *     <li>adapters: {@code web} (controllers and their requests and views), {@code messaging} (consumers of other
 *     services' events), {@code persistence} (the store, the outbox).</li>
 * </ul>
 * Configuration that wires a whole service stays in the service's root package.
 */
public final class HouseRules {

    /** The published language: the events every service shares. */
    public static final String EVENT_CONTRACTS = "berlin.gemeinsam.events..";
    /** The shared plumbing. */
    public static final String PLATFORM = "berlin.gemeinsam.platform..";

    private static final String EVENT_TYPE = "berlin.gemeinsam.events.EventType";
    private static final String[] STORE = {"org.springframework.data.mongodb..", "com.mongodb..", "org.bson.."};
    private static final String[] BROKER = {"org.apache.kafka..", "org.springframework.kafka..",
            "org.springframework.cloud.stream..", "org.springframework.messaging.."};
    private static final String[] HTTP = {"org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet..", "berlin.gemeinsam.platform.web.."};

    private HouseRules() {
    }

    /** The main classes under a root package, without tests (event-contracts' come from its jar). */
    public static JavaClasses mainClassesOf(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /** Every rule as a test of its own, named by what it demands. */
    public static Stream<DynamicTest> check(JavaClasses classes, List<ArchRule> rules) {
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    /** The rules of a service whose code lives under {@code root}, e.g. {@code berlin.gemeinsam.ideas}. */
    public static List<ArchRule> forService(String root) {
        return List.of(
                domainIsPlainJava(root),
                applicationKnowsNoAdapter(root),
                adaptersDoNotUseEachOther(root),
                controllersDoNotTouchTheStore(root),
                storeOnlyInPersistence(root),
                eventConsumptionOnlyInMessaging(root),
                controllersOnlyInWeb(root),
                noPackageCycles(root),
                usesNoOtherService(root),
                eventsAreDeclaredOnlyInEventContracts(root));
    }

    /**
     * The rules of a web front end (the {@code web} module): a backend-for-frontend has no domain and no events of
     * its own. Each feature has an {@code application} layer (use cases and the ports through which it calls the
     * services) and two adapters: {@code web} (the pages) and {@code client} (the ports on the services' HTTP APIs).
     * It knows the services only by those APIs: none of their code, nor the platform's or the events'.
     */
    public static List<ArchRule> forWebFrontend(String root) {
        return List.of(
                noClasses().that().resideInAPackage(root + "..application..")
                        .should().dependOnClassesThat().resideInAnyPackage(concat(
                                new String[]{root + "..web..", root + "..client.."}, HTTP))
                        .as("application knows neither the pages nor the HTTP clients")
                        .because("a use case is the same whichever page starts it and however a service is reached"),
                CompositeArchRule.of(adapterUsesNoOther(root, "web", "client"))
                        .and(adapterUsesNoOther(root, "client", "web"))
                        .as("adapters (web, client) do not use each other")
                        .because("pages reach the services only through the application's ports"),
                noClasses().that().resideInAPackage(root + "..")
                        .and().resideOutsideOfPackage(root + "..client..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..")
                        .allowEmptyShould(true)
                        .as("only client adapters call the services"),
                controllersOnlyInWeb(root),
                noPackageCycles(root),
                usesOnlyModules(root)
                        .as("code under " + root + " uses no other module's code: it knows the services by their APIs"),
                eventsAreDeclaredOnlyInEventContracts(root));
    }

    /**
     * A domain is plain Java: it may use the published events, the platform's errors and ids, and other domain
     * packages of its service; nothing of Spring, Kafka, the store, Jackson, validation or the web.
     */
    public static ArchRule domainIsPlainJava(String root) {
        return classes().that().resideInAPackage(root + "..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + "..domain..",
                        EVENT_CONTRACTS, "berlin.gemeinsam.platform.errors..", "berlin.gemeinsam.platform.ids..")
                .because("the domain is tested without Spring and outlives the frameworks around it");
    }

    /** Use cases reach the store, the broker and the web only through ports that adapters implement. */
    public static ArchRule applicationKnowsNoAdapter(String root) {
        return noClasses().that().resideInAPackage(root + "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(
                        new String[]{root + "..web..", root + "..messaging..", root + "..persistence.."},
                        STORE, BROKER, HTTP))
                .because("a use case is the same whether a request, an event or a test starts it");
    }

    public static ArchRule adaptersDoNotUseEachOther(String root) {
        return CompositeArchRule.of(adapterUsesNoOther(root, "web", "messaging", "persistence"))
                .and(adapterUsesNoOther(root, "messaging", "web", "persistence"))
                .and(adapterUsesNoOther(root, "persistence", "web", "messaging"))
                .as("adapters (web, messaging, persistence) do not use each other")
                .because("adapters meet only in the application layer");
    }

    private static ArchRule adapterUsesNoOther(String root, String adapter, String... others) {
        return noClasses().that().resideInAPackage(root + ".." + adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(Stream.of(others)
                        .map(other -> root + ".." + other + "..").toArray(String[]::new))
                .allowEmptyShould(true);
    }

    public static ArchRule controllersDoNotTouchTheStore(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .should().dependOnClassesThat().resideInAnyPackage(concat(new String[]{root + "..persistence.."}, STORE))
                .orShould().dependOnClassesThat().areAnnotatedWith("org.springframework.stereotype.Repository")
                .allowEmptyShould(true)
                .as("controllers do not touch repositories or the store");
    }

    public static ArchRule storeOnlyInPersistence(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + "..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(STORE)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("berlin.gemeinsam.platform.outbox.EventOutbox")
                .allowEmptyShould(true)
                .as("only persistence uses the store and the outbox");
    }

    public static ArchRule eventConsumptionOnlyInMessaging(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + "..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("berlin.gemeinsam.platform.inbox..")
                .allowEmptyShould(true)
                .as("only messaging consumes events");
    }

    public static ArchRule controllersOnlyInWeb(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .should().resideInAPackage(root + "..web..")
                .allowEmptyShould(true)
                .as("controllers live in web");
    }

    public static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .allowEmptyShould(true)
                .as("packages under " + root + " have no cycles");
    }

    /** A service uses its own code, the platform and the events; never another service's code. */
    public static ArchRule usesNoOtherService(String root) {
        return usesOnlyModules(root, PLATFORM, EVENT_CONTRACTS)
                .as("code under " + root + " uses no other service's packages");
    }

    /** Code under {@code root} uses of this project's modules only its own code and {@code allowed}. */
    public static ArchRule usesOnlyModules(String root, String... allowed) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage("berlin.gemeinsam..")
                        .and(not(resideInAnyPackage(concat(new String[]{root + ".."}, allowed)))))
                .as("code under " + root + " uses of the project only " + String.join(", ", allowed));
    }

    /** The rules of a module that is a tool rather than a service (the local stack, the token issuer, benchmarks). */
    public static List<ArchRule> forTool(String root, String... allowedModules) {
        return List.of(noPackageCycles(root), usesOnlyModules(root, allowedModules));
    }

    /** Events are the records of event-contracts: a service does not declare event types of its own. */
    public static ArchRule eventsAreDeclaredOnlyInEventContracts(String root) {
        return noClasses().that().resideInAPackage(root + "..").should().beAnnotatedWith(EVENT_TYPE)
                .as("events are declared in event-contracts only");
    }

    /** The rules of event-contracts itself: every event is a record with its type, and nothing but Java is used. */
    public static List<ArchRule> forEventContracts() {
        return List.of(
                classes().that().areAnnotatedWith(EVENT_TYPE).should().beRecords()
                        .andShould().resideInAPackage(EVENT_CONTRACTS)
                        .as("events are records in event-contracts"),
                classes().that().resideInAPackage("berlin.gemeinsam.events.*")
                        .and().resideOutsideOfPackage("berlin.gemeinsam.events.catalog").and().areTopLevelClasses().and().areNotAnnotations()
                        .should().beAnnotatedWith(EVENT_TYPE).andShould().beRecords()
                        .allowEmptyShould(true)
                        .as("each class of a stream's package is an event record with its type"),
                classes().that().resideInAPackage(EVENT_CONTRACTS)
                        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", EVENT_CONTRACTS)
                        .as("event-contracts depends on plain Java only, so any consumer can use it"),
                noPackageCycles("berlin.gemeinsam.events"));
    }

    private static String[] concat(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }
}
