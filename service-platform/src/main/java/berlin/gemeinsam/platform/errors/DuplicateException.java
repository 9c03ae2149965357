package berlin.gemeinsam.platform.errors;

/** The same thing exists already and may exist only once, e.g. a second support by one participant. 409. */
public class DuplicateException extends RuntimeException {

    private final String resource;

    public DuplicateException(String resource, String message) {
        super(message);
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
