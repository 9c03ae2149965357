package berlin.gemeinsam.participation.stakeholders;

import berlin.gemeinsam.participation.stakeholders.domain.Consent;
import berlin.gemeinsam.participation.stakeholders.domain.ContactData;
import berlin.gemeinsam.participation.stakeholders.domain.Multiplier;
import berlin.gemeinsam.participation.stakeholders.domain.MultiplierContact;
import berlin.gemeinsam.participation.stakeholders.domain.MultiplierKind;
import berlin.gemeinsam.participation.stakeholders.domain.Organisation;
import berlin.gemeinsam.participation.stakeholders.domain.OrganisationDetails;
import berlin.gemeinsam.participation.supports.domain.HelixGroup;
import berlin.gemeinsam.platform.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultiplierContactTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ContactData CONTACT = new ContactData("Anna Beispiel", "anna@example.org", null);
    private static final Consent CONSENT = new Consent("Einladungen zu Formaten", "2026-11", NOW);

    @Test
    void contactDataIsKeptOnlyWithARecordedConsent() {
        Multiplier anna = Multiplier.person("mitte", "p-anna", HelixGroup.PUBLIC, NOW);

        MultiplierContact kept = MultiplierContact.record(anna, CONTACT, CONSENT);

        assertThat(kept.getId()).isEqualTo(anna.getId());
        assertThat(kept.getPersonId()).as("found by person for export and erasure").isEqualTo("p-anna");
        assertThat(kept.getConsent()).isEqualTo(CONSENT);
        assertThatThrownBy(() -> MultiplierContact.record(anna, CONTACT, null))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        thrown -> assertThat(thrown.field()).isEqualTo("consent"));
        assertThatThrownBy(() -> MultiplierContact.record(anna, new ContactData(null, null, null), CONSENT))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        thrown -> assertThat(thrown.field()).isEqualTo("contact"));
        assertThat(CONTACT.toString()).doesNotContain("anna@example.org").doesNotContain("Anna");
    }

    @Test
    void anOrganisationOrAPersonIsAMultiplierOncePerUnit() {
        Organisation verein = Organisation.create("org-1", "mitte",
                new OrganisationDetails("Kiezverein", HelixGroup.CIVIL_SOCIETY, List.of("mitte"), null), NOW);

        Multiplier organisation = Multiplier.organisation("mitte", verein, NOW);
        Multiplier person = Multiplier.person("mitte", "p-anna", HelixGroup.PUBLIC, NOW);

        assertThat(organisation.getKind()).isEqualTo(MultiplierKind.ORGANISATION);
        assertThat(organisation.getId()).isEqualTo(Multiplier.organisation("mitte", verein, NOW).getId())
                .isNotEqualTo(Multiplier.organisation("pankow", verein, NOW).getId());
        assertThat(person.getId()).isEqualTo(Multiplier.person("mitte", "p-anna", HelixGroup.STATE, NOW).getId());
        assertThat(person.isPerson("p-anna")).isTrue();
        assertThat(organisation.isPerson("p-anna")).isFalse();
        assertThat(MultiplierContact.record(organisation, CONTACT, CONSENT).getPersonId()).isNull();
    }
}
