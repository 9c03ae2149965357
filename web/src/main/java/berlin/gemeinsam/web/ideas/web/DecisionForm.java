package berlin.gemeinsam.web.ideas.web;

/**
 * The moderator's forms on one idea, each posting the version the page read: the reason of a rejection or of an
 * archiving, and the surviving idea of a merge. Each action's field has its own name, so that a problem stands beside
 * the form it came from.
 */
public class DecisionForm {

    private String version;
    private String rejectReason;
    private String archiveReason;
    private String into;

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public String getArchiveReason() {
        return archiveReason;
    }

    public void setArchiveReason(String archiveReason) {
        this.archiveReason = archiveReason;
    }

    public String getInto() {
        return into;
    }

    public void setInto(String into) {
        this.into = into;
    }
}
