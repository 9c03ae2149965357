package berlin.gemeinsam.web.ideas.web;

/** The support form: the helix group the supporter speaks for. */
public class SupportForm {

    private String helixGroup;

    public String getHelixGroup() {
        return helixGroup;
    }

    public void setHelixGroup(String helixGroup) {
        this.helixGroup = helixGroup;
    }
}
