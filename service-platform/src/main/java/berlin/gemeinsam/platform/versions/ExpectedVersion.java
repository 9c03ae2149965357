package berlin.gemeinsam.platform.versions;

import java.util.Collection;
import java.util.Set;

/**
 * The versions of a resource a change is meant for: the client read it at one of them ({@code If-Match}), or did
 * not say (any version). The check belongs in the same optimistic read-change-write as the change, against the
 * version read there, so that a change made in between is refused rather than overwritten.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion ANY = new ExpectedVersion(null);

    /** Null for any version. */
    private final Set<Long> versions;

    private ExpectedVersion(Set<Long> versions) {
        this.versions = versions;
    }

    /** No precondition: the change applies to whatever version is current. */
    public static ExpectedVersion any() {
        return ANY;
    }

    /** One of {@code versions}; none at all matches no version. */
    public static ExpectedVersion oneOf(Collection<Long> versions) {
        return new ExpectedVersion(Set.copyOf(versions));
    }

    public boolean matches(long current) {
        return versions == null || versions.contains(current);
    }

    /**
     * Refuses a change of the resource at {@code current} when another version was expected.
     *
     * @throws StaleVersionException when {@code current} is not an expected version
     */
    public void check(String resource, String id, long current) {
        if (!matches(current)) {
            throw new StaleVersionException(resource, id, current);
        }
    }
}
