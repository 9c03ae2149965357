package berlin.gemeinsam.platform.web;

import berlin.gemeinsam.platform.versions.ExpectedVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * The entity tags of versioned resources (RFC 9110): a resource at version 3 is {@code ETag: "3"}, and a change sent
 * with {@code If-Match: "3"} is meant for that version only. Versions are compared strongly, so a weak tag
 * ({@code W/"3"}) matches no version; {@code *} matches any, as does a change without {@code If-Match}.
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";

    private EntityTags() {
    }

    /** The strong entity tag of a version. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions an {@code If-Match} header allows: any when the header is missing or {@code *}, otherwise those its
     * strong tags name (a tag that names no version matches none).
     *
     * @throws InvalidIfMatchException when the header is no list of entity tags
     */
    public static ExpectedVersion expectedBy(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ExpectedVersion.any();
        }
        List<Long> versions = new ArrayList<>();
        for (String element : ifMatch.split(",", -1)) {
            String tag = element.strip();
            if (tag.isEmpty()) {
                // RFC 9110 lists allow empty elements
                continue;
            }
            boolean weak = tag.startsWith("W/");
            String opaque = weak ? tag.substring(2) : tag;
            if (opaque.length() < 2 || opaque.charAt(0) != '"' || opaque.charAt(opaque.length() - 1) != '"'
                    || !opaque.substring(1, opaque.length() - 1).chars().allMatch(EntityTags::isTagCharacter)) {
                throw new InvalidIfMatchException();
            }
            String value = opaque.substring(1, opaque.length() - 1);
            if (!weak && !value.isEmpty() && value.length() <= 18 && value.chars().allMatch(Character::isDigit)) {
                versions.add(Long.parseLong(value));
            }
        }
        if (versions.isEmpty() && ifMatch.strip().replace(",", "").isBlank()) {
            throw new InvalidIfMatchException();
        }
        return ExpectedVersion.oneOf(versions);
    }

    /** {@code etagc} of RFC 9110: visible ASCII other than the double quote, and obs-text. */
    private static boolean isTagCharacter(int character) {
        return character == 0x21 || character >= 0x23 && character <= 0x7E || character >= 0x80 && character <= 0xFF;
    }
}
