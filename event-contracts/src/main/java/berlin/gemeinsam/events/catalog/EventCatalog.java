package berlin.gemeinsam.events.catalog;

import berlin.gemeinsam.events.EventStream;
import berlin.gemeinsam.events.EventType;
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

import java.util.List;

/** Every event type of the published language, with its schema. README's event catalogue lists the same. */
public final class EventCatalog {

    /** Base of the {@code dataschema} URIs; the schema files ship in this module under {@code /schemas}. */
    public static final String SCHEMA_BASE_URI = "https://schemas.gemeinsam.berlin/events/";

    private static final List<Class<? extends Record>> EVENTS = List.of(
            IdeaPublished.class,
            IdeaAdopted.class,
            IdeaAdoptionDeclined.class,
            IdeaRejected.class,
            IdeaWithdrawn.class,
            IdeaShortlisted.class,
            IdeaArchived.class,
            IdeaEdited.class,
            IdeaMerged.class,
            IdeaAdoptionDeclinedV2.class,
            MeasureProposed.class,
            SupportGiven.class,
            IdeaPublishedV2.class,
            MeasureProposedV2.class,
            MeasureIdeaLinked.class,
            MeasurePlanned.class,
            MeasureImplementationStarted.class,
            MeasurePilotStarted.class,
            MeasureCompleted.class,
            MeasureDiscontinued.class,
            MeasurePutOnHold.class,
            MeasureResumed.class,
            MeasureHealthChanged.class,
            MeasureControllingReported.class,
            FormatScheduled.class,
            FormatChanged.class,
            FormatCancelled.class,
            FormatRegistered.class,
            FormatRegistrationCancelled.class,
            FormatWaitlistPromoted.class,
            FormatAttendanceRecorded.class,
            MeasureReviewed.class,
            MeasureReviewDue.class,
            SupportWithdrawn.class,
            CommentPosted.class,
            CommentEdited.class,
            CommentHidden.class,
            ConsultationFeedbackGiven.class,
            FollowRequested.class,
            InvitationRedeemed.class,
            ContributionRecorded.class,
            ParticipantErased.class);

    private EventCatalog() {
    }

    public static List<Class<? extends Record>> all() {
        return EVENTS;
    }

    public static String typeOf(Class<?> eventClass) {
        return annotationOf(eventClass).value();
    }

    public static EventStream streamOf(Class<?> eventClass) {
        return annotationOf(eventClass).stream();
    }

    public static String schemaUriOf(String type) {
        return SCHEMA_BASE_URI + type + ".json";
    }

    /** Classpath location of the JSON Schema of an event type. */
    public static String schemaResourceOf(String type) {
        return "/schemas/" + type + ".json";
    }

    private static EventType annotationOf(Class<?> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not an event of the catalogue");
        }
        return annotation;
    }
}
