package berlin.gemeinsam.web.cockpit.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.cockpit.application.IdeaCounts;
import berlin.gemeinsam.web.cockpit.application.IdeaStatistics;
import berlin.gemeinsam.web.cockpit.application.IdeaStatistics.UnitIdeas;
import berlin.gemeinsam.web.services.client.ServiceClients;

/**
 * Central ideas-service's statistics ({@code /api/v1/ideas/stats}). They count per unit and per field of action, not
 * both at once, so each unit's fields of action come from the unit's own statistics ({@code ?unit=}): one request for
 * every unit with shown ideas.
 */
@Component
class HttpIdeaCounts implements IdeaCounts {

    private final RestClient ideas;

    HttpIdeaCounts(ServiceClients clients) {
        this.ideas = clients.ideas();
    }

    @Override
    public IdeaStatistics perUnitAndCategory() {
        Stats all = stats(ideas.get().uri("/api/v1/ideas/stats"));
        List<UnitIdeas> units = new ArrayList<>();
        TreeSet<String> categories = new TreeSet<>();
        all.byUnit().forEach((unit, total) -> {
            Stats ofUnit = stats(ideas.get().uri("/api/v1/ideas/stats?unit={unit}", unit));
            categories.addAll(ofUnit.byCategory().keySet());
            units.add(new UnitIdeas(unit, total, ofUnit.byCategory()));
        });
        return new IdeaStatistics(all.total(), List.copyOf(categories), units);
    }

    private static Stats stats(RestClient.RequestHeadersSpec<?> request) {
        return request.retrieve().body(Stats.class);
    }

    /** The part of the statistics the cockpit shows. */
    record Stats(long total, Map<String, Long> byUnit, Map<String, Long> byCategory) {

        Stats {
            byUnit = byUnit == null ? Map.of() : byUnit;
            byCategory = byCategory == null ? Map.of() : byCategory;
        }
    }
}
