package berlin.gemeinsam.platform.versions;

/** A change meant for a version of a resource that is no longer current: somebody changed it meanwhile. 412. */
public class StaleVersionException extends RuntimeException {

    private final String resource;
    private final String id;
    private final long currentVersion;

    public StaleVersionException(String resource, String id, long currentVersion) {
        super(resource + " " + id + " is at version " + currentVersion + " now");
        this.resource = resource;
        this.id = id;
        this.currentVersion = currentVersion;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
