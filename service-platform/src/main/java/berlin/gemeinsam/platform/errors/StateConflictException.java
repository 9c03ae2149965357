package berlin.gemeinsam.platform.errors;

import java.util.List;

/**
 * A change that the current state forbids, e.g. publishing an idea twice. Answered with 409, naming the
 * current state and the changes that are allowed from it.
 */
public class StateConflictException extends RuntimeException {

    private final String resource;
    private final String currentState;
    private final String attemptedChange;
    private final List<String> allowedChanges;

    public StateConflictException(String resource, String currentState, String attemptedChange,
                                  List<String> allowedChanges) {
        super(resource + " in state " + currentState + " cannot " + attemptedChange
                + "; allowed: " + allowedChanges);
        this.resource = resource;
        this.currentState = currentState;
        this.attemptedChange = attemptedChange;
        this.allowedChanges = List.copyOf(allowedChanges);
    }

    public String resource() {
        return resource;
    }

    public String currentState() {
        return currentState;
    }

    public String attemptedChange() {
        return attemptedChange;
    }

    public List<String> allowedChanges() {
        return allowedChanges;
    }
}
