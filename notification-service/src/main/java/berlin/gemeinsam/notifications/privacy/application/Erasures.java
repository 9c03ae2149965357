package berlin.gemeinsam.notifications.privacy.application;

import java.time.Instant;

/**
 * When subscribers were erased. A follow that participation-service asked for before a person's erasure can arrive
 * after it (the two events travel under different keys); it must not subscribe the erased person again. Only a
 * one-way hash of the id and the time are kept, nothing that names or reaches the person.
 */
public interface Erasures {

    /** Notes that the subscriber was erased at that time; an earlier note is kept if it is later. */
    void record(String subscriberId, Instant erasedAt);

    /** Whether the subscriber was erased at or after that time. */
    boolean erasedSince(String subscriberId, Instant time);
}
