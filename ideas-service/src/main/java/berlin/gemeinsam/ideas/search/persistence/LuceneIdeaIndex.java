package berlin.gemeinsam.ideas.search.persistence;

import berlin.gemeinsam.ideas.search.application.IdeaIndex;
import berlin.gemeinsam.ideas.search.application.IdeaSearchQuery;
import berlin.gemeinsam.ideas.search.application.SearchCursor;
import berlin.gemeinsam.ideas.search.application.SearchOrder;
import berlin.gemeinsam.ideas.search.application.SearchResults;
import berlin.gemeinsam.ideas.search.application.SearchableIdea;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The index of ideas in a Lucene directory on disk ({@code gemeinsam.search.directory}). One document per idea:
 * its words (title, problem and proposal, see {@link GermanIdeaAnalyzer}), the fields it is filtered and sorted by,
 * its version, and the idea itself as JSON, from which the hits are answered. The watermark is kept in the user data
 * of each commit, so it is durable together with exactly the documents it stands for. A directory that holds no
 * index, or one that cannot be read, is emptied and the index built anew (its watermark empty, so that the follower
 * reads the whole source). Searches read through a {@link SearcherManager} on the writer (near real time).
 */
@Repository
class LuceneIdeaIndex implements IdeaIndex, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LuceneIdeaIndex.class);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String WATERMARK = "watermark";
    private static final String ID = "id";
    private static final String UNIT = "unit";
    private static final String CATEGORY = "category";
    private static final String PRINCIPLE = "principle";
    private static final String STATUS = "status";
    private static final String HAS_LOCATION = "hasLocation";
    private static final String LOCATION = "location";
    private static final String TITLE = "title";
    private static final String PROBLEM = "problem";
    private static final String PROPOSAL = "proposal";
    private static final String SUBMITTED_AT = "submittedAt";
    private static final String SUPPORT_COUNT = "supportCount";
    private static final String CHANGED_AT = "changedAt";
    private static final String VERSION = "version";
    private static final String SOURCE = "source";
    /** A title counts twice as much as the rest: it says what the idea is about. */
    private static final float TITLE_BOOST = 2f;
    /** The words of a new idea compared with the others: enough for a title and the start of the problem. */
    private static final int SIMILARITY_TERMS = 40;

    private final Path path;
    private final Analyzer documentAnalyzer = GermanIdeaAnalyzer.forDocuments();
    private final Analyzer searchAnalyzer = GermanIdeaAnalyzer.forSearchWords();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Optional<Instant> committedWatermark;

    LuceneIdeaIndex(@Value("${gemeinsam.search.directory}") Path path) {
        this.path = path;
        try {
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            IndexWriter opened = openOrRebuild();
            this.writer = opened;
            this.committedWatermark = watermarkOf(opened);
            this.searchers = new SearcherManager(opened, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path, e);
        }
        log.info("Search index in {} opened, {} ideas, watermark {}", path, writer.getDocStats().numDocs,
                committedWatermark.map(Instant::toString).orElse("none (built from the source)"));
    }

    private IndexWriter openOrRebuild() throws IOException {
        try {
            if (DirectoryReader.indexExists(directory)) {
                IndexWriter existing = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
                try {
                    // reads every segment's header, which finds a damaged or foreign index before it is used
                    DirectoryReader.open(existing).close();
                    return existing;
                } catch (IOException | RuntimeException e) {
                    existing.rollback();
                    throw e;
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The search index in {} cannot be read ({}); building it anew from the ideas", path,
                    e.toString());
        }
        emptyDirectory();
        IndexWriter created = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        created.commit();
        return created;
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(documentAnalyzer).setOpenMode(mode);
    }

    private void emptyDirectory() throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!Files.isDirectory(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Optional<Instant> watermarkOf(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> entry : data) {
            if (entry.getKey().equals(WATERMARK)) {
                return Optional.of(Instant.parse(entry.getValue()));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Instant> watermark() {
        return committedWatermark;
    }

    @Override
    public int update(List<SearchableIdea> ideas) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int taken = 0;
                for (SearchableIdea idea : ideas) {
                    if (idea.version() > indexedVersion(searcher, idea.id())) {
                        writer.updateDocument(new Term(ID, idea.id()), document(idea));
                        taken++;
                    }
                }
                return taken;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the idea in the index, -1 when it is not there. */
    private static long indexedVersion(IndexSearcher searcher, String id) throws IOException {
        BytesRef key = new BytesRef(id);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(ID);
            if (terms == null) {
                continue;
            }
            TermsEnum term = terms.iterator();
            if (!term.seekExact(key)) {
                continue;
            }
            PostingsEnum postings = term.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    NumericDocValues versions = leaf.reader().getNumericDocValues(VERSION);
                    if (versions != null && versions.advanceExact(doc)) {
                        return versions.longValue();
                    }
                }
            }
        }
        return -1;
    }

    private static Document document(SearchableIdea idea) {
        Document document = new Document();
        document.add(new StringField(ID, idea.id(), Field.Store.NO));
        document.add(new SortedDocValuesField(ID, new BytesRef(idea.id())));
        keyword(document, UNIT, idea.unit());
        keyword(document, CATEGORY, idea.category());
        keyword(document, STATUS, idea.status());
        if (idea.principles() != null) {
            idea.principles().forEach(principle -> keyword(document, PRINCIPLE, principle));
        }
        boolean located = idea.latitude() != null && idea.longitude() != null;
        keyword(document, HAS_LOCATION, Boolean.toString(located));
        if (located) {
            document.add(new LatLonPoint(LOCATION, idea.latitude(), idea.longitude()));
        }
        text(document, TITLE, idea.title());
        text(document, PROBLEM, idea.problem());
        text(document, PROPOSAL, idea.proposal());
        document.add(new NumericDocValuesField(SUBMITTED_AT, millis(idea.submittedAt())));
        document.add(new NumericDocValuesField(SUPPORT_COUNT, idea.supportCount()));
        document.add(new NumericDocValuesField(CHANGED_AT, millis(idea.changedAt())));
        document.add(new NumericDocValuesField(VERSION, idea.version()));
        document.add(new StoredField(SOURCE, JSON.writeValueAsBytes(idea)));
        return document;
    }

    private static void keyword(Document document, String field, String value) {
        if (value != null) {
            document.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static void text(Document document, String field, String value) {
        if (value != null) {
            document.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static long millis(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(Instant watermark) {
        try {
            writer.setLiveCommitData(Map.of(WATERMARK, watermark.toString()).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResults search(IdeaSearchQuery query) {
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        matching.add(query.text() == null ? new MatchAllDocsQuery() : allWords(query.text()), BooleanClause.Occur.MUST);
        matching.add(new TermInSetQuery(STATUS, query.statuses().stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER);
        filter(matching, UNIT, query.unit());
        filter(matching, CATEGORY, query.category());
        filter(matching, PRINCIPLE, query.principle());
        filter(matching, HAS_LOCATION, query.hasLocation() == null ? null : query.hasLocation().toString());
        if (query.area() != null) {
            matching.add(LatLonPoint.newDistanceQuery(LOCATION, query.area().latitude(), query.area().longitude(),
                    query.area().radiusMetres()), BooleanClause.Occur.FILTER);
        }
        SearchOrder order = query.order();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int documents = searcher.getIndexReader().maxDoc();
                if (documents == 0) {
                    return new SearchResults(List.of(), null);
                }
                TopDocs hits = searcher.searchAfter(after(query.after(), documents), matching.build(),
                        query.size() + 1, sort(order), false);
                List<SearchableIdea> items = new ArrayList<>();
                SearchCursor next = null;
                for (int i = 0; i < Math.min(hits.scoreDocs.length, query.size()); i++) {
                    items.add(read(searcher, hits.scoreDocs[i].doc));
                }
                if (hits.scoreDocs.length > query.size()) {
                    next = cursor(order, (FieldDoc) hits.scoreDocs[query.size() - 1]);
                }
                return new SearchResults(items, next);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every search word in the title, the problem or the proposal; nothing when only stop words are given. */
    private Query allWords(String text) {
        List<String> words = terms(searchAnalyzer, text);
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("only stop words");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : new LinkedHashSet<>(words)) {
            all.add(anyField(word), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static Query anyField(String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), TITLE_BOOST), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(PROBLEM, word)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(PROPOSAL, word)), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static void filter(BooleanQuery.Builder matching, String field, String value) {
        if (value != null) {
            matching.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static Sort sort(SearchOrder order) {
        SortField byId = new SortField(ID, SortField.Type.STRING);
        return switch (order) {
            case NEWEST -> new Sort(new SortField(SUBMITTED_AT, SortField.Type.LONG, true), byId);
            case SUPPORTED -> new Sort(new SortField(SUPPORT_COUNT, SortField.Type.LONG, true), byId);
            case ACTIVE -> new Sort(new SortField(CHANGED_AT, SortField.Type.LONG, true), byId);
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
        };
    }

    /**
     * The last hit of a page as the search that continues after it. Its values decide, as the id makes them unique;
     * the document number, which would break a tie, is the highest, so that no document with the same values (the
     * last hit itself) comes after it.
     */
    private static FieldDoc after(SearchCursor cursor, int documents) {
        if (cursor == null) {
            return null;
        }
        Object value = cursor.order() == SearchOrder.RELEVANCE ? (Object) Float.intBitsToFloat((int) cursor.value())
                : (Object) cursor.value();
        float score = cursor.order() == SearchOrder.RELEVANCE ? Float.intBitsToFloat((int) cursor.value())
                : Float.NaN;
        return new FieldDoc(documents - 1, score, new Object[]{value, new BytesRef(cursor.id())});
    }

    private static SearchCursor cursor(SearchOrder order, FieldDoc last) {
        long value = order == SearchOrder.RELEVANCE ? Float.floatToIntBits((Float) last.fields[0])
                : (Long) last.fields[0];
        return new SearchCursor(order, value, ((BytesRef) last.fields[1]).utf8ToString());
    }

    private static SearchableIdea read(IndexSearcher searcher, int doc) throws IOException {
        BytesRef source = searcher.storedFields().document(doc, Set.of(SOURCE)).getBinaryValue(SOURCE);
        return JSON.readValue(source.bytes, source.offset, source.length, SearchableIdea.class);
    }

    @Override
    public List<SearchableIdea> similarTo(String title, String problem, Set<String> statuses, String except,
                                          int limit) {
        Set<String> words = new LinkedHashSet<>(terms(searchAnalyzer, title));
        words.addAll(terms(searchAnalyzer, problem));
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder similar = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        words.stream().limit(SIMILARITY_TERMS).forEach(word -> {
            similar.add(new BoostQuery(new TermQuery(new Term(TITLE, word)), TITLE_BOOST), BooleanClause.Occur.SHOULD);
            similar.add(new TermQuery(new Term(PROBLEM, word)), BooleanClause.Occur.SHOULD);
        });
        similar.add(new TermInSetQuery(STATUS, statuses.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER);
        if (except != null) {
            similar.add(new TermQuery(new Term(ID, except)), BooleanClause.Occur.MUST_NOT);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<LeafReader> candidates = segmentsHolding(searcher, statuses);
                if (candidates.isEmpty()) {
                    return List.of();
                }
                try (MultiReader holding = new MultiReader(candidates.toArray(IndexReader[]::new), false)) {
                    IndexSearcher among = new IndexSearcher(holding);
                    among.setSimilarity(searcher.getSimilarity());
                    List<SearchableIdea> found = new ArrayList<>();
                    for (ScoreDoc hit : among.search(similar.build(), limit).scoreDocs) {
                        found.add(read(among, hit.doc));
                    }
                    return found;
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The segments with an idea in one of the statuses. The words of a new idea are looked up in each segment
     * searched, 80 look-ups for 40 words; most segments the follower makes hold only new drafts, which are never
     * similar ideas, and looking them up there was most of what a submission allocated (the benchmark's profile of
     * one client submitting). A segment's count includes deleted documents, so one kept may hold none: it is
     * searched and finds nothing.
     */
    private static List<LeafReader> segmentsHolding(IndexSearcher searcher, Set<String> statuses) throws IOException {
        List<LeafReader> holding = new ArrayList<>();
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            for (String status : statuses) {
                if (segment.reader().docFreq(new Term(STATUS, status)) > 0) {
                    holding.add(segment.reader());
                    break;
                }
            }
        }
        return holding;
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TITLE, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Runs after the follower stopped (and committed what it took in). */
    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        documentAnalyzer.close();
        searchAnalyzer.close();
    }
}
