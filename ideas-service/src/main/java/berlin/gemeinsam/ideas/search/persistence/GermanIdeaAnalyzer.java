package berlin.gemeinsam.ideas.search.persistence;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * German text as the index reads it: the steps of Lucene's {@link GermanAnalyzer} (lower case, German stop words,
 * umlauts and ß folded, the light stemmer, so that "Spielplätze" and "Spielplatz" become one word), and for
 * documents one more step before the stemmer that splits compounds into the parts they contain, so that a search
 * for "Weg" finds "Radweg".
 *
 * <p>The compounds are split by a dictionary of parts ({@code compound-parts.txt}, words of the city's ideas), not
 * by hyphenation patterns: a hyphenation grammar for German would have to be shipped from outside Lucene under its
 * own licence, and it splits at every syllable, which a dictionary still has to filter. A short list is easy to read
 * and to extend when a compound is not found. Only documents are split: the search words are taken whole, so that
 * "Spielplatz" does not also find every idea that mentions a "Platz".
 */
final class GermanIdeaAnalyzer extends Analyzer {

    private static final String COMPOUND_PARTS = "compound-parts.txt";
    private static final int MIN_WORD_SIZE = 5;
    private static final int MIN_PART_SIZE = 3;
    private static final int MAX_PART_SIZE = 15;

    private final CharArraySet compoundParts;

    private GermanIdeaAnalyzer(CharArraySet compoundParts) {
        this.compoundParts = compoundParts;
    }

    /** For documents: compounds are split into their parts as well. */
    static GermanIdeaAnalyzer forDocuments() {
        GermanIdeaAnalyzer folding = forSearchWords();
        try {
            CharArraySet parts = new CharArraySet(64, false);
            for (String part : readParts()) {
                parts.add(folding.normalize("text", part).utf8ToString());
            }
            return new GermanIdeaAnalyzer(CharArraySet.unmodifiableSet(parts));
        } finally {
            folding.close();
        }
    }

    /** For search words: taken whole. */
    static GermanIdeaAnalyzer forSearchWords() {
        return new GermanIdeaAnalyzer(null);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, GermanAnalyzer.getDefaultStopSet());
        result = new GermanNormalizationFilter(result);
        if (compoundParts != null) {
            result = new DictionaryCompoundWordTokenFilter(result, compoundParts, MIN_WORD_SIZE, MIN_PART_SIZE,
                    MAX_PART_SIZE, false);
        }
        result = new GermanLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }

    private static List<String> readParts() {
        try (InputStream in = Objects.requireNonNull(GermanIdeaAnalyzer.class.getResourceAsStream(COMPOUND_PARTS),
                COMPOUND_PARTS);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
