package berlin.gemeinsam.platform.errors;

/** The thing asked for does not exist here (or is not visible to the caller). Answered with 404. */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final String id;
    private final String field;

    public NotFoundException(String resource, String id) {
        this(resource, id, null);
    }

    /** A request named the missing thing in {@code field}, e.g. a measure's {@code sourceIdeaId}. */
    public NotFoundException(String resource, String id, String field) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.id = id;
        this.field = field;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }

    /** The request's field that named it, or {@code null} when it was the resource asked for. */
    public String field() {
        return field;
    }
}
