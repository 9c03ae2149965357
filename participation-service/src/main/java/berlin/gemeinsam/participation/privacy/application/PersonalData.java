package berlin.gemeinsam.participation.privacy.application;

import java.time.Instant;
import java.util.List;

/**
 * A part of the service that holds data about a person: it exports what it holds about them and erases it. The
 * privacy use cases call every such bean, so a feature that starts storing something about people adds one and is
 * part of the export and the erasure without a change here.
 */
public interface PersonalData {

    /** The name of this part in the export, e.g. {@code supports}; unique within the service. */
    String part();

    /** What this part holds about the participant, as records that read as JSON; empty when nothing. */
    List<?> export(String participantId);

    /**
     * Erases what this part holds about the participant: the person is replaced by {@code tombstone} where a record
     * stays for the anonymous counts, and their own text is removed. Repeating it changes nothing more, so that an
     * erasure a crash interrupted is finished by running it again.
     */
    void erase(String participantId, String tombstone, Instant erasedAt);
}
