package berlin.gemeinsam.web.measures.web;

/**
 * A lifecycle change of the measure, posting the version the page read; {@code reason} only for putting it on hold.
 */
public class ChangeForm {

    private String version;
    private String reason;

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
