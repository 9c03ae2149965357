package berlin.gemeinsam.web.measures.web;

/**
 * How often the measure is reviewed (an ISO 8601 period such as {@code P6M}), posting the version the page read.
 */
public class IntervalForm {

    private String version;
    private String reviewInterval;

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getReviewInterval() {
        return reviewInterval;
    }

    public void setReviewInterval(String reviewInterval) {
        this.reviewInterval = reviewInterval;
    }
}
