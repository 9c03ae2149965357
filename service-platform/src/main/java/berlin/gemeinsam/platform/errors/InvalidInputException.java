package berlin.gemeinsam.platform.errors;

/**
 * Input that is well-formed field by field but wrong taken together (a period ending before it begins), found where
 * the rule lives rather than by bean validation. Answered with 400 naming {@code field}, the message looked up by
 * {@code messageCode} in the caller's language.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageCode;

    public InvalidInputException(String field, String messageCode) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }
}
