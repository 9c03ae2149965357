package berlin.gemeinsam.participation.comments.domain;

import java.util.Objects;

/**
 * Where a comment stands in its list: the list and the comment's position in it, counted from 1 in the order the
 * comments were stored. No two comments share a place, so a page of a list is read as the places it covers.
 */
public record CommentPlace(String list, long position) {

    public CommentPlace {
        Objects.requireNonNull(list, "a place is in a list");
        if (position < 1) {
            throw new IllegalArgumentException("positions count from 1: " + position);
        }
    }
}
