package berlin.gemeinsam.notifications.feed.application;

import berlin.gemeinsam.notifications.feed.domain.Wording;
import berlin.gemeinsam.platform.units.UnitRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The service's real message bundles, as the running service reads them. */
class NotificationTextsTest {

    private final NotificationTexts texts = new NotificationTexts(messages(), UnitRegistry.standard());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aNewIdeaIsToldInGermanAndEnglishWithTheUnitsNameInEach() {
        assertThat(texts.render(new Wording("notification.idea-published", "mitte", "Bänke am Spreeufer")))
                .containsOnly(
                        entry("de", "Neue Idee in Bezirksamt Mitte: „Bänke am Spreeufer“"),
                        entry("en", "New idea in Mitte district office: \"Bänke am Spreeufer\""));
    }

    @Test
    void anAdoptionAndANewMeasureAreToldInBothLanguages() {
        assertThat(texts.render(new Wording("notification.idea-adopted", "pankow", "Trinkbrunnen")))
                .containsEntry("de", "Die Idee „Trinkbrunnen“ wurde als Maßnahme übernommen.")
                .containsEntry("en", "The idea \"Trinkbrunnen\" was adopted as a measure.");
        assertThat(texts.render(new Wording("notification.measure-proposed", "central", "Trinkbrunnen für alle")))
                .containsEntry("de", "Neue Maßnahme von Zentrale Steuerung: „Trinkbrunnen für alle“")
                .containsEntry("en", "New measure by Central office: \"Trinkbrunnen für alle\"");
    }

    @Test
    void aUnitMissingFromTheRegistryIsNamedByItsId() {
        assertThat(texts.render(new Wording("notification.idea-published", "neue-einheit", "Idee")))
                .containsEntry("de", "Neue Idee in neue-einheit: „Idee“");
    }

    @Test
    void titlesWithQuotesAndBracesAreTakenLiterally() {
        assertThat(texts.render(new Wording("notification.idea-published", "mitte", "Bürger's {0} Idee")))
                .containsEntry("de", "Neue Idee in Bezirksamt Mitte: „Bürger's {0} Idee“");
    }

    @Test
    void everyHealthOfAMeasureIsToldInBothLanguages() {
        assertThat(texts.render(new Wording("notification.measure-health-changed.ON_TRACK", "mitte", "Bänke")))
                .containsEntry("de", "Die Maßnahme „Bänke“ ist wieder im Plan.")
                .containsEntry("en", "The measure \"Bänke\" is on track again.");
        assertThat(texts.render(new Wording("notification.measure-health-changed.AT_RISK", "mitte", "Bänke")))
                .containsEntry("de", "Die Maßnahme „Bänke“ ist gefährdet.")
                .containsEntry("en", "The measure \"Bänke\" is at risk.");
        assertThat(texts.render(new Wording("notification.measure-health-changed.OFF_TRACK", "mitte", "Bänke")))
                .containsEntry("de", "Die Maßnahme „Bänke“ ist nicht mehr im Plan.")
                .containsEntry("en", "The measure \"Bänke\" is off track.");
        assertThat(texts.render(new Wording("notification.measure-health-changed", "mitte", "Bänke")))
                .containsEntry("de", "Der Stand der Maßnahme „Bänke“ hat sich geändert.")
                .containsEntry("en", "The state of the measure \"Bänke\" changed.");
    }
}
