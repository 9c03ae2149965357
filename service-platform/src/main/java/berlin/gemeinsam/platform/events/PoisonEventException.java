package berlin.gemeinsam.platform.events;

/**
 * A message that can never be processed, however often it is retried: not a valid event, or an event whose
 * unit does not match its topic. It goes to the dead-letter topic at once (configured as not retryable).
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
