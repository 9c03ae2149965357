package berlin.gemeinsam.participation.stakeholders.domain;

/** How to reach a multiplier, as given: any of name, e-mail and phone; absent parts are {@code null}. */
public record ContactData(String name, String email, String phone) {

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }

    /** Never the data itself, so that it cannot reach a log by accident. */
    @Override
    public String toString() {
        return "ContactData[withheld]";
    }
}
