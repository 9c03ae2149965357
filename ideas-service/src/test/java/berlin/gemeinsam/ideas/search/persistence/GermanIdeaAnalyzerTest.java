package berlin.gemeinsam.ideas.search.persistence;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the index keeps of an idea's text, and the words it looks for. */
class GermanIdeaAnalyzerTest {

    private static List<String> words(Analyzer analyzer, String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("title", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        }
        return words;
    }

    @Test
    void aDocumentsCompoundsAreKeptWholeAndInTheirParts() throws IOException {
        try (Analyzer documents = GermanIdeaAnalyzer.forDocuments()) {
            assertThat(words(documents, "Radwege")).contains("radweg", "rad", "weg");
            assertThat(words(documents, "Spielplätze")).contains("spielplatz", "spiel", "platz");
            assertThat(words(documents, "Straßenbahn")).contains("strass", "bahn");
        }
    }

    @Test
    void searchWordsAreTakenWholeInTheirStemmedForm() throws IOException {
        try (Analyzer search = GermanIdeaAnalyzer.forSearchWords()) {
            assertThat(words(search, "Radwege")).containsExactly("radweg");
            assertThat(words(search, "Spielplatz")).containsExactly("spielplatz");
            assertThat(words(search, "Spielplätze")).containsExactly("spielplatz");
            assertThat(words(search, "der die das und Bäume")).containsExactly("baum");
        }
    }
}
