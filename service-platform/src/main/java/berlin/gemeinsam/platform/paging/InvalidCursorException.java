package berlin.gemeinsam.platform.paging;

/** A client sent a cursor no page of this service answered: a 400 naming the {@code cursor} parameter. */
public class InvalidCursorException extends RuntimeException {

    public static final String FIELD = "cursor";

    public InvalidCursorException() {
        super("not a cursor of this list");
    }
}
