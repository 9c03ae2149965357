package berlin.gemeinsam.localstack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index of the store, which mongo-java-server accepts and ignores: there, every query it could answer
 * reads the whole collection (the search index's poll by {@code changedAt}, a subscriber's feed, the followers of an
 * idea). This one keeps an {@link IndexEntry} per document, ordered by the index's keys (ascending, whatever their
 * declared direction) and then by {@code _id}, and answers a query with the documents in the ranges the query
 * allows: equality or {@code $in} on the leading keys, then one range ({@code $gt}/{@code $gte}/{@code $lt}/
 * {@code $lte}), alone, in an {@code $and} or in every branch of an {@code $or}.
 * The ranges are inclusive and ignore the query's other conditions, so they may hold more documents than match; the
 * collection checks every candidate against the whole query, sorts and limits them, as it does after a full read. A
 * query whose first key the ranges cannot bound ({@code $ne}, a regular expression, a sub-document) still reads the
 * whole collection.
 *
 * <p>The entries are kept in memory and built from the collection's documents when the store opens
 * (mongo-java-server fills an empty index it is given), so a kill cannot leave them out of step with the documents.
 * A map in the store file would be rewritten leaf by leaf on every commit that touches it (H2 copies a page on
 * write), and index keys such as a subscriber's id land on every leaf: it made the fan-out's writes 40 % slower.
 *
 * <p>Once a document holds an array on a key's path, or an array or a sub-document under the key, the index stops
 * answering queries (MongoDB would make it a multikey index, whose matches this order cannot bound) and only keeps
 * track of its documents, which the collection asks for by the document when it removes one.
 */
final class OrderedIndex extends Index<Object> {

    private static final String ID = "_id";
    /** More values for the leading keys than this, and the ranges stop at the keys before. */
    private static final int MAX_RANGES = 1_000;

    private final ConcurrentSkipListMap<IndexEntry, Object> entries =
            new ConcurrentSkipListMap<>(IndexEntryOrder.INSTANCE);
    private final List<String> paths;
    /** Each key's path split at its dots once: splitting it for every document took a fifth of an insert's time. */
    private final String[][] fieldsOfPaths;
    private volatile boolean answersQueries = true;

    OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.paths = keys.stream().map(IndexKey::getKey).toList();
        this.fieldsOfPaths = paths.stream().map(path -> path.split("\\.", -1)).toArray(String[][]::new);
    }

    @Override
    public Object getPosition(Document document) {
        return entries.get(entryOf(document));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // a non-unique index refuses no document
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        entries.put(entryOf(document), position);
    }

    @Override
    public Object remove(Document document) {
        return entries.remove(entryOf(document));
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // a non-unique index refuses no change
    }

    /** The new entry first, so that a query in between finds the document under one of its values, never none. */
    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        IndexEntry before = entryOf(oldDocument);
        IndexEntry after = entryOf(newDocument);
        if (IndexEntryOrder.INSTANCE.compare(before, after) != 0) {
            entries.put(after, position);
            entries.remove(before);
        }
    }

    @Override
    public boolean canHandle(Document query) {
        return answersQueries && rangesIn(query).isPresent();
    }

    /** The positions of the documents in the query's ranges, each once. */
    @Override
    public Iterable<Object> getPositions(Document query) {
        Set<Object> found = new LinkedHashSet<>();
        for (Range range : rangesIn(query).orElseThrow()) {
            if (range.isEmpty()) {
                continue;
            }
            found.addAll(entries.subMap(range.from(), true, range.to(), true).values());
        }
        return new ArrayList<>(found);
    }

    @Override
    public long getCount() {
        return entries.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        entries.clear();
    }

    private IndexEntry entryOf(Document document) {
        Object[] values = new Object[fieldsOfPaths.length];
        for (int i = 0; i < values.length; i++) {
            Object value = valueAt(document, fieldsOfPaths[i]);
            if (!isOrderable(value)) {
                answersQueries = false;
                value = IndexEntry.UNORDERED;
            }
            values[i] = value instanceof Missing ? null : value;
        }
        return new IndexEntry(values, Missing.ofNullable(document.get(ID)), 0);
    }

    /**
     * The value under a path: missing where a field on the way holds no sub-document, and the array itself where one
     * holds an array, whose elements MongoDB would index one by one (a multikey index, see the class comment).
     */
    private static Object valueAt(Document document, String[] fields) {
        Object value = document;
        for (String field : fields) {
            if (value instanceof Collection<?>) {
                return value;
            }
            if (!(value instanceof Document)) {
                return Missing.getInstance();
            }
            value = ((Document) value).getOrMissing(field);
        }
        return value;
    }

    /** The ranges the query allows, if it bounds the first key at all. */
    private Optional<List<Range>> rangesIn(Document query) {
        List<Object[]> prefixes = Collections.singletonList(new Object[0]);
        for (String path : paths) {
            Condition condition = conditionOn(query, path);
            if (condition.values() != null && (long) prefixes.size() * condition.values().size() <= MAX_RANGES) {
                prefixes = extend(prefixes, condition.values());
                continue;
            }
            boolean ranged = condition.values() == null && condition.bounded();
            if (prefixes.get(0).length == 0 && !ranged) {
                return rangesInEveryBranch(query);
            }
            return Optional.of(prefixes.stream().map(prefix -> ranged
                    ? Range.within(prefix, condition.lower(), condition.upper()) : Range.of(prefix)).toList());
        }
        return Optional.of(prefixes.stream().map(Range::of).toList());
    }

    private Optional<List<Range>> rangesInEveryBranch(Document query) {
        if (!(query.get("$or") instanceof Collection<?> branches) || branches.isEmpty()) {
            return Optional.empty();
        }
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

    private static List<Object[]> extend(List<Object[]> prefixes, List<Object> values) {
        List<Object[]> extended = new ArrayList<>(prefixes.size() * values.size());
        for (Object[] prefix : prefixes) {
            for (Object value : values) {
                extended.add(append(prefix, value));
            }
        }
        return extended;
    }

    /** What the query says of one key: at the top or in an {@code $and}, the first condition that bounds it. */
    private static Condition conditionOn(Document query, String path) {
        if (query.containsKey(path)) {
            Condition condition = Condition.of(query.get(path));
            if (condition.bounded()) {
                return condition;
            }
        }
        if (query.get("$and") instanceof Collection<?> parts) {
            for (Object part : parts) {
                if (part instanceof Document document) {
                    Condition condition = conditionOn(document, path);
                    if (condition.bounded()) {
                        return condition;
                    }
                }
            }
        }
        return Condition.NONE;
    }

    /** A value the order can place: a scalar, or null, but no array, sub-document or pattern. */
    private static boolean isOrderable(Object value) {
        return !(value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Pattern
                || value instanceof BsonRegularExpression || value instanceof Object[]
                || value == IndexEntry.UNORDERED);
    }

    /**
     * A key's condition: the values it must equal (or null), else the bounds of its range (each may be null, open).
     */
    private record Condition(List<Object> values, Object lower, Object upper, boolean bounded) {

        static final Condition NONE = new Condition(null, null, null, false);

        static Condition of(Object condition) {
            if (!(condition instanceof Document operators) || operators.isEmpty()
                    || !operators.keySet().iterator().next().startsWith("$")) {
                return isOrderable(condition) ? exactly(condition) : NONE;
            }
            Object lower = null;
            Object upper = null;
            boolean bounded = false;
            for (Map.Entry<String, Object> operator : operators.entrySet()) {
                Object value = operator.getValue();
                switch (operator.getKey()) {
                    case "$eq" -> {
                        if (isOrderable(value)) {
                            return exactly(value);
                        }
                    }
                    case "$in" -> {
                        if (value instanceof Collection<?> values && !values.isEmpty()
                                && values.stream().allMatch(OrderedIndex::isOrderable)) {
                            return new Condition(new ArrayList<>(values), null, null, true);
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
            return bounded ? new Condition(null, lower, upper, true) : NONE;
        }

        private static Condition exactly(Object value) {
            return new Condition(Collections.singletonList(value), null, null, true);
        }
    }

    /** An inclusive range of entries between two bounds. */
    private record Range(IndexEntry from, IndexEntry to) {

        /** Every entry whose leading values are the prefix. */
        static Range of(Object[] prefix) {
            return new Range(IndexEntry.before(prefix), IndexEntry.after(prefix));
        }

        /** Every entry with the prefix and, in the next key, a value between lower and upper (null: open). */
        static Range within(Object[] prefix, Object lower, Object upper) {
            return new Range(lower == null ? IndexEntry.before(prefix) : IndexEntry.before(append(prefix, lower)),
                    upper == null ? IndexEntry.after(prefix) : IndexEntry.after(append(prefix, upper)));
        }

        boolean isEmpty() {
            return IndexEntryOrder.INSTANCE.compare(from, to) > 0;
        }
    }

    private static Object[] append(Object[] prefix, Object value) {
        Object[] longer = Arrays.copyOf(prefix, prefix.length + 1);
        longer[prefix.length] = value;
        return longer;
    }
}
