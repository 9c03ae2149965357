package berlin.gemeinsam.ideas.search.application;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the next page of a search starts: the order, the last idea's value in it (a time in epoch milliseconds, a
 * count, or a relevance score as the bits of a float) and the last idea's id, which breaks ties. A client passes it
 * back as it is, an opaque text; the next page starts after that idea, so ideas added in the meantime before it do
 * not shift the pages.
 */
public record SearchCursor(SearchOrder order, long value, String id) {

    private static final char SEPARATOR = '~';

    public SearchCursor {
        Objects.requireNonNull(order, "a cursor needs its order");
        Objects.requireNonNull(id, "a cursor needs the id of the last idea");
    }

    public String encode() {
        String plain = order.parameter() + SEPARATOR + value + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client passed back; {@link IllegalArgumentException} if it is not one this service made. */
    public static SearchCursor decode(String encoded) {
        String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        int first = plain.indexOf(SEPARATOR);
        int second = plain.indexOf(SEPARATOR, first + 1);
        if (first < 0 || second < 0 || second == plain.length() - 1) {
            throw new IllegalArgumentException("not a search cursor");
        }
        return new SearchCursor(SearchOrder.ofParameter(plain.substring(0, first)),
                Long.parseLong(plain.substring(first + 1, second)), plain.substring(second + 1));
    }
}
