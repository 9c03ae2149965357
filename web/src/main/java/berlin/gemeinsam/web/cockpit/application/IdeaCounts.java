package berlin.gemeinsam.web.cockpit.application;

/** ideas-service of the unit {@code central}, whose view of every unit's shown ideas the central office counts. */
public interface IdeaCounts {

    IdeaStatistics perUnitAndCategory();
}
