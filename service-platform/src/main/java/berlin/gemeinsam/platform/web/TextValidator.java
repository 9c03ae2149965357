package berlin.gemeinsam.platform.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link Text}: the characters allowed first, then that one of them can be seen. */
public class TextValidator implements ConstraintValidator<Text, CharSequence> {

    private boolean multiline;

    @Override
    public void initialize(Text text) {
        multiline = text.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        if (!onlyAllowedCharacters(text)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{text.invalid-characters}").addConstraintViolation();
            return false;
        }
        return text.trim().isEmpty() || text.codePoints().anyMatch(TextValidator::isVisible);
    }

    private boolean onlyAllowedCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)
                    || Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a character leaves a mark: not a space of any width, not a format character (zero-width space and
     * joiners, direction marks, the byte order mark), not a mark that only modifies the character before it, and
     * not one of the letters that are drawn as blanks (the Hangul fillers, the blank Braille pattern).
     */
    private static boolean isVisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.SURROGATE -> false;
            default -> codePoint != 0x115F && codePoint != 0x1160 && codePoint != 0x3164 && codePoint != 0xFFA0
                    && codePoint != 0x2800;
        };
    }
}
