package berlin.gemeinsam.web.measures.web;

/**
 * A lifecycle change of the measure, posting the version the page read; {@code reason} for putting it on hold or
 * discontinuing it.
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
