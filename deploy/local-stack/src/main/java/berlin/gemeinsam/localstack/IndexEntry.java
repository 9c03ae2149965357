package berlin.gemeinsam.localstack;

/**
 * An entry of an {@link OrderedIndex}: a document's values of the index's keys and its id. A bound of a range
 * ({@code edge} -1 or 1) has the values of the leading keys only and lies just before or after every entry that
 * starts with them; bounds are searched for, never stored. Entries are compared by {@link IndexEntryOrder} only, never
 * by {@code equals}, which compares the arrays of values by identity.
 */
record IndexEntry(Object[] values, Object id, int edge) {

    /** In place of a value the order cannot place (an array, a sub-document); it sorts before every value. */
    static final Object UNORDERED = new Object() {
        @Override
        public String toString() {
            return "UNORDERED";
        }
    };

    static IndexEntry before(Object[] prefix) {
        return new IndexEntry(prefix, null, -1);
    }

    static IndexEntry after(Object[] prefix) {
        return new IndexEntry(prefix, null, 1);
    }
}
