package berlin.gemeinsam.platform.web;

/** An {@code If-Match} header that is neither {@code *} nor a list of entity tags. 400 naming the header. */
public class InvalidIfMatchException extends RuntimeException {

    public InvalidIfMatchException() {
        super("If-Match is neither * nor a list of entity tags");
    }
}
