package berlin.gemeinsam.participation.formats.domain;

import java.util.List;

/** Whether a dialog format takes place. */
public enum FormatStatus {
    SCHEDULED(List.of("change", "cancel", "register")),
    CANCELLED(List.of());

    private final List<String> allowedChanges;

    FormatStatus(List<String> allowedChanges) {
        this.allowedChanges = allowedChanges;
    }

    public List<String> allowedChanges() {
        return allowedChanges;
    }
}
