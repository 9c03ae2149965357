package berlin.gemeinsam.testsupport;

import berlin.gemeinsam.events.catalog.EventCatalog;
import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclined;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclinedV2;
import berlin.gemeinsam.events.ideas.IdeaArchived;
import berlin.gemeinsam.events.ideas.IdeaEdited;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.events.ideas.IdeaRejected;
import berlin.gemeinsam.events.ideas.IdeaShortlisted;
import berlin.gemeinsam.events.ideas.IdeaWithdrawn;
import berlin.gemeinsam.events.measures.MeasureCompleted;
import berlin.gemeinsam.events.measures.MeasureControllingReported;
import berlin.gemeinsam.events.measures.MeasureDiscontinued;
import berlin.gemeinsam.events.measures.MeasureHealthChanged;
import berlin.gemeinsam.events.measures.MeasureIdeaLinked;
import berlin.gemeinsam.events.measures.MeasureImplementationStarted;
import berlin.gemeinsam.events.measures.MeasurePilotStarted;
import berlin.gemeinsam.events.measures.MeasurePlanned;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.measures.MeasureProposedV2;
import berlin.gemeinsam.events.measures.MeasurePutOnHold;
import berlin.gemeinsam.events.measures.MeasureResumed;
import berlin.gemeinsam.events.measures.MeasureReviewDue;
import berlin.gemeinsam.events.measures.MeasureReviewed;
import berlin.gemeinsam.events.participation.CommentEdited;
import berlin.gemeinsam.events.participation.CommentHidden;
import berlin.gemeinsam.events.participation.CommentPosted;
import berlin.gemeinsam.events.participation.ConsultationFeedbackGiven;
import berlin.gemeinsam.events.participation.ContributionRecorded;
import berlin.gemeinsam.events.participation.FollowRequested;
import berlin.gemeinsam.events.participation.FormatAttendanceRecorded;
import berlin.gemeinsam.events.participation.FormatCancelled;
import berlin.gemeinsam.events.participation.FormatChanged;
import berlin.gemeinsam.events.participation.FormatRegistered;
import berlin.gemeinsam.events.participation.FormatRegistrationCancelled;
import berlin.gemeinsam.events.participation.FormatScheduled;
import berlin.gemeinsam.events.participation.FormatWaitlistPromoted;
import berlin.gemeinsam.events.participation.InvitationRedeemed;
import berlin.gemeinsam.events.participation.ParticipantErased;
import berlin.gemeinsam.events.participation.SupportGiven;
import berlin.gemeinsam.events.participation.SupportWithdrawn;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogSchemaTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void everyCatalogueEventHasAVersionedTypeAndASchemaItsRecordSatisfies() {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.parse("2026-11-26T10:15:30Z");
        List<Record> examples = List.of(
                new IdeaPublished(id, "mitte", "Sitzbänke", "Zu wenig Bänke am Ufer", null, "Stadtraum", now),
                new IdeaAdopted(id, "mitte", "Sitzbänke", UUID.randomUUID().toString(), "central", now),
                new IdeaAdoptionDeclined(id, "mitte", UUID.randomUUID().toString(), "pankow",
                        IdeaAdoptionDeclined.ALREADY_ADOPTED, "ADOPTED", UUID.randomUUID().toString(), now),
                new IdeaRejected(id, "mitte", "Dafür ist Pankow zuständig", now),
                new IdeaWithdrawn(id, "mitte", "PUBLISHED", now),
                new IdeaShortlisted(id, "mitte", "Sitzbänke", now),
                new IdeaArchived(id, "mitte", "SHORTLISTED", null, now),
                new IdeaEdited(id, "mitte", "SUBMITTED", "Sitzbänke", "Zu wenig Bänke", null, "MOBILITY",
                        List.of("COMMON_GOOD"), 52.52, 13.4, "de", now),
                new IdeaMerged(id, "mitte", "Sitzbänke", UUID.randomUUID().toString(), "PUBLISHED", now),
                new IdeaAdoptionDeclinedV2(id, "mitte", UUID.randomUUID().toString(), "pankow",
                        IdeaAdoptionDeclined.NOT_PUBLISHED, "MERGED", null, now),
                new MeasureProposed(id, "central", "Bänke", "Mehr Bänke", "NETWORK", null, now),
                new SupportGiven(UUID.randomUUID().toString(), id, "pankow", "CIVIL_SOCIETY", now),
                new IdeaPublishedV2(id, "mitte", "Sitzbänke", "Zu wenig Bänke am Ufer", null, "MOBILITY",
                        List.of("COMMON_GOOD", "OPENNESS"), 52.52, 13.4, "en", now),
                new MeasureProposedV2(id, "central", "Bänke", "Mehr Bänke", "NETWORK", id, List.of("mitte", "pankow"),
                        List.of("MOBILITY"), List.of("COMMON_GOOD"), List.of(id), now),
                new MeasureIdeaLinked(id, "central", "Bänke", UUID.randomUUID().toString(), now),
                new MeasurePlanned(id, "mitte", "Bänke", now),
                new MeasureImplementationStarted(id, "mitte", "Bänke", now),
                new MeasurePilotStarted(id, "mitte", "Bänke", now),
                new MeasureCompleted(id, "mitte", "Bänke", "PILOT", "Beteiligung", "Lieferzeiten", "Früh bestellen", now),
                new MeasureDiscontinued(id, "mitte", "Bänke", "PLANNED", null, "Planung", "Fläche fehlte",
                        "Flächen zuerst klären", now),
                new MeasurePutOnHold(id, "mitte", "Bänke", "IN_IMPLEMENTATION", "Haushaltssperre", now),
                new MeasureResumed(id, "mitte", "Bänke", "IN_IMPLEMENTATION", now),
                new MeasureHealthChanged(id, "mitte", "Bänke", "ON_TRACK", "AT_RISK", 40, 1, now),
                new MeasureControllingReported(id, "mitte", "Bänke", "DECENTRAL", "IN_IMPLEMENTATION",
                        List.of("pankow"), List.of("MOBILITY"), "AT_RISK", 40, new BigDecimal("12000.00"),
                        new BigDecimal("3500.50"),
                        List.of(new MeasureControllingReported.ReportedMilestone("ms-1", "Standorte", LocalDate.of(2026, 3, 1),
                                null)),
                        List.of(new MeasureControllingReported.ReportedIndicator("in-1", "Bänke", "Stück",
                                new BigDecimal("10"), new BigDecimal("40"), LocalDate.of(2026, 12, 31),
                                "HIGHER_IS_BETTER", new BigDecimal("22"), LocalDate.of(2026, 2, 1), false)),
                        LocalDate.of(2026, 9, 1), now),
                new FormatScheduled(id, "mitte", "Arena der Ideen: Ufer", "Wir sammeln Ideen für das Ufer", "ARENA_SESSION",
                        now.plusSeconds(86_400), now.plusSeconds(93_600), "Rathaus Mitte", null, 30, now.plusSeconds(3_600),
                        List.of(UUID.randomUUID().toString()), List.of(), List.of("PUBLIC", "SCIENCE"), now),
                new FormatChanged(id, "mitte", "Arena der Ideen: Ufer", "Wir sammeln Ideen", "ARENA_SESSION",
                        now.plusSeconds(86_400), now.plusSeconds(93_600), null, "https://meet.berlin.de/ufer", 40,
                        now.plusSeconds(3_600), List.of(), List.of(UUID.randomUUID().toString()), List.of(), now),
                new FormatCancelled(id, "mitte", "Arena der Ideen: Ufer", now.plusSeconds(86_400), "Raum fällt aus",
                        List.of("participant-1", "participant-2"), now),
                new FormatRegistered(UUID.randomUUID().toString(), id, "mitte", "participant-1", "WAITLISTED", 3, now),
                new FormatRegistrationCancelled(UUID.randomUUID().toString(), id, "mitte", "participant-1", "REGISTERED",
                        now),
                new FormatWaitlistPromoted(UUID.randomUUID().toString(), id, "mitte", "participant-2",
                        "Arena der Ideen: Ufer", now.plusSeconds(86_400), now),
                new FormatAttendanceRecorded(UUID.randomUUID().toString(), id, "mitte", "participant-2", "NO_SHOW", now),
                new MeasureReviewed(id, "mitte", "Bänke", "IN_IMPLEMENTATION", LocalDate.of(2026, 9, 1),
                        "Lieferverzug", "Zweiter Lieferant", "Früher bestellen",
                        List.of(new MeasureReviewed.ChangedTarget("in-1", "Bänke", new BigDecimal("40"),
                                new BigDecimal("30"), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30))),
                        new MeasureReviewed.HealthOverride("AT_RISK", "Lieferant unsicher"), "ON_TRACK", "AT_RISK",
                        LocalDate.of(2027, 3, 1), now),
                new MeasureReviewDue(id, "mitte", "Bänke", "PILOT", LocalDate.of(2026, 9, 1), null, "P6M", now),
                new SupportWithdrawn(UUID.randomUUID().toString(), id, "pankow", "CIVIL_SOCIETY", now),
                new CommentPosted(UUID.randomUUID().toString(), "IDEA", id, null, "pankow", "participant-1", now),
                new CommentEdited(UUID.randomUUID().toString(), "MEASURE", id, "pankow", now),
                new CommentHidden(UUID.randomUUID().toString(), "IDEA", id, "pankow", "Beleidigung", now),
                new ConsultationFeedbackGiven(UUID.randomUUID().toString(), id, "pankow", "PARTLY", "SCIENCE", now),
                new FollowRequested("participant-1", "IDEA", id, "pankow", "SUPPORT", now),
                new InvitationRedeemed("MITTE2026", UUID.randomUUID().toString(), "IDEA", id, "pankow", "SUPPORT",
                        UUID.randomUUID().toString(), "PUBLIC", now),
                new ContributionRecorded(UUID.randomUUID().toString(), "COMMENT", "MEASURE", id, "pankow",
                        UUID.randomUUID().toString(), null, true, now),
                new ParticipantErased("participant-1", "pankow", now));

        assertThat(examples).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(EventCatalog.all());
        for (Record example : examples) {
            String type = EventCatalog.typeOf(example.getClass());
            assertThat(type).matches("berlin\\.gemeinsam\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[0-9]+");
            assertThat(EventSchemas.violations(type, JSON.writeValueAsString(example))).isEmpty();
        }
    }

    @Test
    void schemasRejectEventsWithoutRequiredFieldsOrWithUnknownValues() {
        assertThat(EventSchemas.violations("berlin.gemeinsam.idea.published.v1",
                "{\"ideaId\":\"" + UUID.randomUUID() + "\",\"unit\":\"mitte\",\"title\":\"t\"}"))
                .anyMatch(message -> message.contains("problem"));
        assertThat(EventSchemas.violations("berlin.gemeinsam.support.given.v1",
                "{\"supportId\":\"" + UUID.randomUUID() + "\",\"ideaId\":\"" + UUID.randomUUID()
                        + "\",\"unit\":\"mitte\",\"helixGroup\":\"ALIENS\",\"givenAt\":\"2026-11-26T10:15:30Z\"}"))
                .anyMatch(message -> message.contains("helixGroup"));
        assertThat(EventSchemas.violations("berlin.gemeinsam.idea.rejected.v1",
                "{\"ideaId\":\"" + UUID.randomUUID()
                        + "\",\"unit\":\"mitte\",\"rejectedAt\":\"2026-11-26T10:15:30Z\"}"))
                .anyMatch(message -> message.contains("reason"));
        String declinedAsMerged = "{\"ideaId\":\"" + UUID.randomUUID() + "\",\"unit\":\"mitte\",\"measureId\":\""
                + UUID.randomUUID() + "\",\"measureUnit\":\"pankow\",\"reason\":\"NOT_PUBLISHED\","
                + "\"currentState\":\"MERGED\",\"declinedAt\":\"2026-11-26T10:15:30Z\"}";
        assertThat(EventSchemas.violations("berlin.gemeinsam.idea.adoption-declined.v1", declinedAsMerged))
                .anyMatch(message -> message.contains("currentState"));
        assertThat(EventSchemas.violations("berlin.gemeinsam.idea.adoption-declined.v2", declinedAsMerged)).isEmpty();
    }
}
