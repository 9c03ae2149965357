package berlin.gemeinsam.notifications;

import berlin.gemeinsam.testsupport.architecture.HouseRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** notification-service keeps the house rules: features in layers, adapters apart, no loops. */
class ArchitectureTest {

    private static final String ROOT = "berlin.gemeinsam.notifications";
    private static final JavaClasses CLASSES = HouseRules.mainClassesOf(ROOT);

    @TestFactory
    Stream<DynamicTest> houseRules() {
        return HouseRules.check(CLASSES, HouseRules.forService(ROOT));
    }

    /**
     * A slow mail server never holds up the feed: the feed's consumers only write pending mails, and only the mail
     * sender, on its own thread, talks to the server.
     */
    @Test
    void theFeedNeverTalksToTheMailServer() {
        noClasses().that().resideInAPackage(ROOT + ".feed..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".mail.smtp..", "jakarta.mail..",
                        "org.springframework.mail..")
                .orShould().dependOnClassesThat().haveSimpleName("OutgoingMails")
                .orShould().dependOnClassesThat().haveSimpleName("PendingMailSender")
                .check(CLASSES);
    }
}
