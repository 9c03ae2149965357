package berlin.gemeinsam.localstack;

import java.time.Instant;
import java.util.Comparator;

import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * The order of an {@link OrderedIndex}'s entries: by their values as the store's queries compare them
 * (mongo-java-server's {@link ValueComparator}, under which 1, 1L and 1.0 are equal and a range of dates holds no
 * strings), so that a range of entries holds every document a range condition matches; then a bound before or after
 * the entries it shares its values with; then by id.
 */
final class IndexEntryOrder implements Comparator<IndexEntry> {

    static final IndexEntryOrder INSTANCE = new IndexEntryOrder();

    private static final Comparator<Object> VALUES = ValueComparator.asc();

    private IndexEntryOrder() {
    }

    @Override
    public int compare(IndexEntry a, IndexEntry b) {
        Object[] valuesA = a.values();
        Object[] valuesB = b.values();
        int common = Math.min(valuesA.length, valuesB.length);
        for (int i = 0; i < common; i++) {
            int byValue = compareValues(valuesA[i], valuesB[i]);
            if (byValue != 0) {
                return byValue;
            }
        }
        if (a.edge() != 0 || b.edge() != 0) {
            return Integer.compare(a.edge(), b.edge());
        }
        return compareValues(a.id(), b.id());
    }

    /**
     * Two nulls (a key the documents lack), and strings, dates and whole numbers of one class directly, as the
     * {@link ValueComparator} compares them in the end: its way there (the kinds of both values, numbers normalised)
     * was most of the fan-out's time in the store.
     */
    private static int compareValues(Object one, Object other) {
        if (one == other) {
            return 0;
        }
        if (one == IndexEntry.UNORDERED || other == IndexEntry.UNORDERED) {
            return one == IndexEntry.UNORDERED ? -1 : 1;
        }
        if (one != null && other != null && one.getClass() == other.getClass()) {
            if (one instanceof String text) {
                return text.compareTo((String) other);
            } else if (one instanceof Instant time) {
                return time.compareTo((Instant) other);
            } else if (one instanceof Integer number) {
                return Integer.compare(number, (Integer) other);
            } else if (one instanceof Long number) {
                return Long.compare(number, (Long) other);
            }
        }
        return VALUES.compare(one, other);
    }
}
