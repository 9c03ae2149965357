package berlin.gemeinsam.web.measures.web;

/**
 * Completing or discontinuing the measure, posting the version the page read: the lessons learned and, for a
 * discontinuation, an optional reason.
 */
public class ClosingForm extends ChangeForm {

    private String whatWorked;
    private String whatDidNotWork;
    private String whatOthersShouldKnow;

    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    public String getWhatDidNotWork() {
        return whatDidNotWork;
    }

    public void setWhatDidNotWork(String whatDidNotWork) {
        this.whatDidNotWork = whatDidNotWork;
    }

    public String getWhatOthersShouldKnow() {
        return whatOthersShouldKnow;
    }

    public void setWhatOthersShouldKnow(String whatOthersShouldKnow) {
        this.whatOthersShouldKnow = whatOthersShouldKnow;
    }
}
