package berlin.gemeinsam.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Where the next page of a sorted list begins: the sort keys of the last item answered, its id last so that items
 * with equal keys still follow one order. Clients get it as an opaque string and send it back unchanged; reading
 * on from keys, not skipping a number of items, keeps a page's cost the same however deep it is, and an item added
 * meanwhile neither repeats nor hides another.
 */
public record Cursor(List<String> keys) {

    private static final String SEPARATOR = "\u001f";

    public Cursor {
        keys = List.copyOf(keys);
        if (keys.isEmpty() || keys.stream().anyMatch(key -> key.contains(SEPARATOR))) {
            throw new IllegalArgumentException("a cursor needs keys without the unit separator: " + keys);
        }
    }

    public static Cursor of(String... keys) {
        return new Cursor(List.of(keys));
    }

    /**
     * Reads a cursor a client sent back, expecting {@code keyCount} keys.
     *
     * @throws InvalidCursorException when it is not one this service answered
     */
    public static Cursor parse(String encoded, int keyCount) {
        Objects.requireNonNull(encoded, "the cursor");
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidCursorException();
        }
        List<String> keys = List.of(decoded.split(SEPARATOR, -1));
        if (keys.size() != keyCount) {
            throw new InvalidCursorException();
        }
        return new Cursor(keys);
    }

    public String key(int index) {
        return keys.get(index);
    }

    /** The opaque form answered to clients, safe in a URL. */
    public String encoded() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return encoded();
    }
}
