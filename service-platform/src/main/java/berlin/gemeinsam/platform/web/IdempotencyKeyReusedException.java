package berlin.gemeinsam.platform.web;

/** An {@code Idempotency-Key} sent again with another request than the one it came with first. 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String scope) {
        super("idempotency key of " + scope + " reused with another request");
    }
}
