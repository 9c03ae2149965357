package berlin.gemeinsam.web.measures.web;

/**
 * A review of the measure, posting the version the page read: its date, assessment, decisions and lessons;
 * optionally one indicator's new target (and target date) and a health set against the derived one, with its reason.
 */
public class ReviewForm {

    private String version;
    private String date;
    private String assessment;
    private String decisions;
    private String lessons;
    private String indicatorId;
    private String newTarget;
    private String newTargetDate;
    private String health;
    private String healthReason;

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(String indicatorId) {
        this.indicatorId = indicatorId;
    }

    public String getNewTarget() {
        return newTarget;
    }

    public void setNewTarget(String newTarget) {
        this.newTarget = newTarget;
    }

    public String getNewTargetDate() {
        return newTargetDate;
    }

    public void setNewTargetDate(String newTargetDate) {
        this.newTargetDate = newTargetDate;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public String getHealthReason() {
        return healthReason;
    }

    public void setHealthReason(String healthReason) {
        this.healthReason = healthReason;
    }
}
