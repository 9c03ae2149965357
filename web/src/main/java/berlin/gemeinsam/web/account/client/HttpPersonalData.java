package berlin.gemeinsam.web.account.client;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.account.application.PersonalData;
import berlin.gemeinsam.web.services.client.ServiceClients;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The person's exports of the unit's three services in one document, and the erasure at participation-service. */
@Component
class HttpPersonalData implements PersonalData {

    private final ServiceClients clients;
    private final JsonMapper json;

    HttpPersonalData(ServiceClients clients, JsonMapper json) {
        this.clients = clients;
        this.json = json;
    }

    @Override
    public String export(String participantId) {
        ObjectNode all = json.createObjectNode();
        all.set("participation", exportOf(clients.participation(), "/api/v1/participants/{id}/export", participantId));
        all.set("ideas", exportOf(clients.ideas(), "/api/v1/participants/{id}/export", participantId));
        all.set("notifications", exportOf(clients.notifications(), "/api/v1/subscribers/{id}/export", participantId));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(all);
    }

    @Override
    public void erase(String participantId) {
        clients.participation().delete().uri("/api/v1/participants/{id}", participantId)
                .retrieve().toBodilessEntity();
    }

    private static JsonNode exportOf(RestClient service, String path, String participantId) {
        return service.get().uri(path, participantId).retrieve().body(JsonNode.class);
    }
}
