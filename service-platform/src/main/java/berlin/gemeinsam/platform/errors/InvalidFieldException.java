package berlin.gemeinsam.platform.errors;

import java.util.List;

/**
 * A field of the request is well-formed but does not hold, which only the use case can tell (an unknown unit, a
 * code that expired): answered like any bad input, 400 naming the field, with the message {@code messageCode} of the
 * service's messages in the caller's language.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final List<Object> arguments;

    public InvalidFieldException(String field, String messageCode, Object... arguments) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
