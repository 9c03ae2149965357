package berlin.gemeinsam.localstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index of the store, which mongo-java-server accepts and ignores: there, every query it could answer
 * reads the whole collection (the search index's poll by {@code changedAt} every few seconds, a mail outbox's oldest
 * due mail, a subscriber's feed). This one orders the documents by the index's first key (then by {@code _id}) and
 * answers a query with the documents whose first key lies in the ranges the query allows for it: equality,
 * {@code $in}, {@code $gt}/{@code $gte}/{@code $lt}/{@code $lte}, alone, in an {@code $and} or in every branch of an
 * {@code $or}. The ranges are inclusive and ignore the query's other conditions, so they may hold more documents
 * than match; the collection checks every candidate against the whole query, sorts and limits them, as it does after a
 * full read. A query the ranges cannot bound (another first key, {@code $ne}, a regular expression, a sub-document)
 * still reads the whole collection.
 *
 * <p>Kept in memory and built from the collection's documents when the store opens (mongo-java-server fills an
 * empty index it is given), so nothing of it is in the store file and a kill cannot leave it out of step. Once a
 * document holds an array or a sub-document under the first key, the index stops answering queries (MongoDB would
 * make it a multikey index, whose matches this order cannot bound) and only keeps track of its documents, which the
 * collection asks for by the document when it removes one.
 */
final class OrderedIndex extends Index<Object> {

    private static final String ID = "_id";
    /** Where the ordering of the first key cannot hold a document's value; it sorts before every value. */
    private static final Object UNORDERED = new Object();
    private static final Comparator<Object> VALUES = ValueComparator.asc();

    private final String firstKey;
    private final ConcurrentSkipListMap<Entry, Object> positions = new ConcurrentSkipListMap<>();
    private volatile boolean answersQueries = true;

    OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.firstKey = keys.get(0).getKey();
    }

    @Override
    public Object getPosition(Document document) {
        return positions.get(entryOf(document));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // a non-unique index refuses no document
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        positions.put(entryOf(document), position);
    }

    @Override
    public Object remove(Document document) {
        return positions.remove(entryOf(document));
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // a non-unique index refuses no change
    }

    /** The new entry first, so that a query in between finds the document under one of its values, never none. */
    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        Entry before = entryOf(oldDocument);
        Entry after = entryOf(newDocument);
        positions.put(after, position);
        if (before.compareTo(after) != 0) {
            positions.remove(before);
        }
    }

    @Override
    public boolean canHandle(Document query) {
        return answersQueries && rangesIn(query).isPresent();
    }

    /** The positions of the documents whose first key lies in the query's ranges, each once. */
    @Override
    public Iterable<Object> getPositions(Document query) {
        Set<Object> found = new LinkedHashSet<>();
        for (Range range : rangesIn(query).orElseThrow()) {
            found.addAll(range.of(positions).values());
        }
        return new ArrayList<>(found);
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        positions.clear();
    }

    private Entry entryOf(Document document) {
        Object value = Utils.getSubdocumentValue(document, firstKey);
        if (!isOrderable(value)) {
            answersQueries = false;
            value = UNORDERED;
        }
        return new Entry(value instanceof Missing ? null : value, Missing.ofNullable(document.get(ID)), 0);
    }

    /** The ranges of the first key the query allows, if it bounds the key at all. */
    private Optional<List<Range>> rangesIn(Document query) {
        if (query.containsKey(firstKey)) {
            Optional<List<Range>> ranges = rangesOf(query.get(firstKey));
            if (ranges.isPresent()) {
                return ranges;
            }
        }
        if (query.get("$and") instanceof Collection<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document part) {
                    Optional<List<Range>> ranges = rangesIn(part);
                    if (ranges.isPresent()) {
                        return ranges;
                    }
                }
            }
        }
        if (query.get("$or") instanceof Collection<?> branches && !branches.isEmpty()) {
            List<Range> union = new ArrayList<>();
            for (Object branch : branches) {
                Optional<List<Range>> ranges = branch instanceof Document part ? rangesIn(part) : Optional.empty();
                if (ranges.isEmpty()) {
                    return Optional.empty();
                }
                union.addAll(ranges.get());
            }
            return Optional.of(union);
        }
        return Optional.empty();
    }

    private static Optional<List<Range>> rangesOf(Object condition) {
        if (!(condition instanceof Document operators)) {
            return isOrderable(condition) ? Optional.of(List.of(Range.exactly(condition))) : Optional.empty();
        }
        Object lower = null;
        Object upper = null;
        boolean bounded = false;
        for (Map.Entry<String, Object> operator : operators.entrySet()) {
            Object value = operator.getValue();
            switch (operator.getKey()) {
                case "$eq" -> {
                    if (isOrderable(value)) {
                        return Optional.of(List.of(Range.exactly(value)));
                    }
                }
                case "$in" -> {
                    if (value instanceof Collection<?> values && values.stream().allMatch(OrderedIndex::isOrderable)) {
                        return Optional.of(values.stream().map(Range::exactly).toList());
                    }
                }
                case "$gt", "$gte" -> {
                    if (isOrderable(value)) {
                        lower = value;
                        bounded = true;
                    }
                }
                case "$lt", "$lte" -> {
                    if (isOrderable(value)) {
                        upper = value;
                        bounded = true;
                    }
                }
                default -> {
                    // another operator narrows the matches further; the collection checks it on each candidate
                }
            }
        }
        if (!bounded) {
            return Optional.empty();
        }
        return Optional.of(List.of(new Range(Optional.ofNullable(lower == null ? null : Entry.before(lower)),
                Optional.ofNullable(upper == null ? null : Entry.after(upper)))));
    }

    /** A value the order of the first key can place: a scalar, or null, but no array, sub-document or pattern. */
    private static boolean isOrderable(Object value) {
        return !(value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Pattern
                || value instanceof Object[] || value == UNORDERED);
    }

    /**
     * An index entry: the document's first key and id, or (with {@code edge} -1 or 1) the bound just before or after
     * every entry of a value.
     */
    private record Entry(Object value, Object id, int edge) implements Comparable<Entry> {

        static Entry before(Object value) {
            return new Entry(value, null, -1);
        }

        static Entry after(Object value) {
            return new Entry(value, null, 1);
        }

        @Override
        public int compareTo(Entry other) {
            int byValue = compareValues(value, other.value);
            if (byValue != 0) {
                return byValue;
            }
            if (edge != 0 || other.edge != 0) {
                return Integer.compare(edge, other.edge);
            }
            return VALUES.compare(id, other.id);
        }

        private static int compareValues(Object one, Object other) {
            if (one == UNORDERED || other == UNORDERED) {
                return one == other ? 0 : one == UNORDERED ? -1 : 1;
            }
            return VALUES.compare(one, other);
        }
    }

    /** An inclusive range of entries; an empty bound is open. */
    private record Range(Optional<Entry> from, Optional<Entry> to) {

        static Range exactly(Object value) {
            return new Range(Optional.of(Entry.before(value)), Optional.of(Entry.after(value)));
        }

        ConcurrentNavigableMap<Entry, Object> of(ConcurrentSkipListMap<Entry, Object> entries) {
            if (from.isPresent() && to.isPresent()) {
                return from.get().compareTo(to.get()) > 0 ? new ConcurrentSkipListMap<>()
                        : entries.subMap(from.get(), true, to.get(), true);
            }
            if (from.isPresent()) {
                return entries.tailMap(from.get(), true);
            }
            return to.map(bound -> entries.headMap(bound, true)).orElse(entries);
        }
    }
}
