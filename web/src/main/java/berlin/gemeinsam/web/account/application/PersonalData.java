package berlin.gemeinsam.web.account.application;

/** What the unit's services hold about a person, read out (GDPR Art. 15) and erased (Art. 17). */
public interface PersonalData {

    /** One JSON document with participation-, ideas- and notification-service's exports, each under its name. */
    String export(String participantId);

    /** Asks participation-service to erase the person; ideas- and notification-service follow from its event. */
    void erase(String participantId);
}
