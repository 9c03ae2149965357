package berlin.gemeinsam.participation.formats.domain;

import berlin.gemeinsam.participation.supports.domain.HelixGroup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a unit says about a dialog format: what, when (instants; it takes place in Europe/Berlin), where (a place, an
 * online link or both), for how many, until when one registers, which ideas and measures it deals with and which
 * helix groups it especially wants to reach. The requests are checked field by field before; this only guards the
 * rules every format keeps.
 */
public record FormatDetails(
        String title,
        String description,
        FormatType type,
        Instant start,
        Instant end,
        String place,
        String onlineLink,
        int capacity,
        Instant registrationDeadline,
        List<String> ideaIds,
        List<String> measureIds,
        List<HelixGroup> helixGroups) {

    public FormatDetails {
        Objects.requireNonNull(title, "a dialog format needs a title");
        Objects.requireNonNull(type, "a dialog format needs its format");
        Objects.requireNonNull(start, "a dialog format needs its start");
        Objects.requireNonNull(end, "a dialog format needs its end");
        Objects.requireNonNull(registrationDeadline, "a dialog format needs its registration deadline");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a dialog format ends after it starts");
        }
        if (!registrationDeadline.isBefore(start)) {
            throw new IllegalArgumentException("registration closes before a dialog format starts");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("a dialog format has at least one seat");
        }
        if (place == null && onlineLink == null) {
            throw new IllegalArgumentException("a dialog format takes place somewhere or online");
        }
        if (onlineLink != null && !onlineLink.startsWith("https://")) {
            throw new IllegalArgumentException("an online link is an https link");
        }
        ideaIds = ideaIds == null ? List.of() : List.copyOf(ideaIds);
        measureIds = measureIds == null ? List.of() : List.copyOf(measureIds);
        helixGroups = helixGroups == null ? List.of() : List.copyOf(helixGroups);
    }
}
