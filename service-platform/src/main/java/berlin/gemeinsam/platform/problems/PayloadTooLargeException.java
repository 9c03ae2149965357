package berlin.gemeinsam.platform.problems;

/** A request body larger than the service accepts ({@code gemeinsam.security.max-request-size}). 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
