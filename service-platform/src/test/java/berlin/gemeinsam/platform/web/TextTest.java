package berlin.gemeinsam.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Line(@Text String text) {
    }

    record Lines(@Text(multiline = true) String text) {
    }

    private static Set<String> problemsOf(Object value) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(value);
        return violations.stream().map(ConstraintViolation::getMessageTemplate)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bänke am Spreeufer", "🌳", "a\u200Bb", "Ω", "日本", "   ", "", "x\u0301"})
    void visibleTextAndWhatOnlyNotBlankDecidesPass(String text) {
        assertThat(problemsOf(new Line(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A\u0000B", "Zeile\nZeile", "tab\there", "\u007F", "C1\u0085", "\uD800", "a\uDC00b",
            "\uDBFF"})
    void controlCharactersAndHalvesOfACharacterAreNotAllowedOnOneLine(String text) {
        assertThat(problemsOf(new Line(text))).containsExactly("{text.invalid-characters}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zeile\r\nZeile", "\tEinzug", "a\nb"})
    void lineBreaksAndTabsAreAllowedInMultiLineText(String text) {
        assertThat(problemsOf(new Lines(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u00A0", "\u3000", "\u2060\uFEFF", "\u200D", "\u2028", "\u202F\u2007",
            "\u3164", "\u2800", "\u0301", "\u00A0\n\u200B"})
    void textWithoutAVisibleCharacterIsNoText(String text) {
        assertThat(problemsOf(new Lines(text))).containsExactly("{text.not-visible}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0000"})
    void controlCharactersAreNotAllowedInMultiLineTextEither(String text) {
        assertThat(problemsOf(new Lines(text))).containsExactly("{text.invalid-characters}");
    }
}
