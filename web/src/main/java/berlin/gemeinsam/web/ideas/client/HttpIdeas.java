package berlin.gemeinsam.web.ideas.client;

import java.time.Instant;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import berlin.gemeinsam.web.ideas.application.HistoryEntry;
import berlin.gemeinsam.web.ideas.application.Idea;
import berlin.gemeinsam.web.ideas.application.IdeaCard;
import berlin.gemeinsam.web.ideas.application.Ideas;
import berlin.gemeinsam.web.ideas.application.NewIdea;
import berlin.gemeinsam.web.ideas.application.SearchQuery;
import berlin.gemeinsam.web.ideas.application.SearchResults;
import berlin.gemeinsam.web.ideas.application.VersionedIdea;
import berlin.gemeinsam.web.services.client.ServiceClients;

/** ideas-service's API ({@code /api/v1/ideas}, {@code /api/v1/moderation}). */
@Component
class HttpIdeas implements Ideas {

    private final RestClient ideas;

    HttpIdeas(ServiceClients clients) {
        this.ideas = clients.ideas();
    }

    @Override
    public SearchResults search(SearchQuery query) {
        SearchPage page = ideas.get().uri(uri -> searchUri(uri, query)).retrieve().body(SearchPage.class);
        return new SearchResults(page.items().stream()
                .map(hit -> new IdeaCard(hit.id(), hit.title(), hit.problem(), hit.status(), hit.supportCount(),
                        hit.publishedAt()))
                .toList(), page.nextCursor());
    }

    private static URI searchUri(UriBuilder uri, SearchQuery query) {
        uri.path("/api/v1/ideas");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", query.q());
        parameters.put("status", query.status());
        parameters.put("category", query.category());
        parameters.put("principle", query.principle());
        parameters.put("unit", query.unit());
        parameters.put("hasLocation", query.hasLocation());
        parameters.put("near", query.near());
        parameters.put("radius", query.radius());
        parameters.put("sort", query.sort());
        parameters.put("cursor", query.cursor());
        parameters.put("size", query.size());
        parameters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, "{" + name + "}");
            }
        });
        parameters.values().removeIf(value -> value == null || value.toString().isBlank());
        return uri.build(parameters);
    }

    @Override
    public Idea get(String id) {
        return ideas.get().uri("/api/v1/ideas/{id}", id).retrieve().body(Idea.class);
    }

    @Override
    public List<HistoryEntry> history(String id) {
        return ideas.get().uri("/api/v1/ideas/{id}/history", id).retrieve().body(History.class).entries();
    }

    @Override
    public String submit(NewIdea idea, String authorId) {
        Submission body = new Submission(idea.title(), idea.problem(), blankAsNull(idea.proposal()),
                blankAsNull(idea.category()), idea.language(), authorId);
        return ideas.post().uri("/api/v1/ideas").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(Idea.class).id();
    }

    @Override
    public List<Idea> moderationQueue() {
        return ideas.get().uri("/api/v1/moderation/queue?size=100").retrieve().body(Queue.class).items();
    }

    @Override
    public void publish(String id, String version) {
        change(id, "publish", version, null);
    }

    @Override
    public VersionedIdea getForChange(String id) {
        ResponseEntity<Idea> read = ideas.get().uri("/api/v1/ideas/{id}", id).retrieve().toEntity(Idea.class);
        return new VersionedIdea(read.getBody(), read.getHeaders().getETag());
    }

    @Override
    public void reject(String id, String version, String reason) {
        change(id, "reject", version, new Reason(blankAsNull(reason)));
    }

    @Override
    public void shortlist(String id, String version) {
        change(id, "shortlist", version, null);
    }

    @Override
    public void archive(String id, String version, String reason) {
        change(id, "archive", version, new Reason(blankAsNull(reason)));
    }

    @Override
    public void merge(String id, String version, String into) {
        change(id, "merge", version, new Merge(blankAsNull(into)));
    }

    /** A moderator's change of the idea, meant for the version read when there is one ({@code If-Match}). */
    private void change(String id, String action, String version, Object body) {
        RestClient.RequestBodySpec request = ideas.post().uri("/api/v1/ideas/{id}/{action}", id, action);
        if (version != null && !version.isBlank()) {
            request.header(HttpHeaders.IF_MATCH, version);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        request.retrieve().toBodilessEntity();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    record SearchPage(List<Hit> items, String nextCursor) {
    }

    record Hit(String id, String title, String problem, String status, long supportCount, Instant publishedAt) {
    }

    record History(List<HistoryEntry> entries) {
    }

    record Queue(List<Idea> items) {
    }

    /** Why an idea is rejected (required) or archived (optional). */
    record Reason(String reason) {
    }

    record Merge(String into) {
    }

    /** A submission; a field left empty is not sent, so that the service's own rules for it apply. */
    record Submission(String title, String problem, String proposal, String category, String language,
                      String authorId) {
    }
}
