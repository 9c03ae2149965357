package berlin.gemeinsam.web.ideas.client;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import berlin.gemeinsam.web.ideas.application.Comment;
import berlin.gemeinsam.web.ideas.application.CommentPage;
import berlin.gemeinsam.web.ideas.application.Participation;
import berlin.gemeinsam.web.ideas.application.SupportSummary;
import berlin.gemeinsam.web.services.client.ServiceClients;

/** participation-service's API for an idea's supports and comments. */
@Component
class HttpParticipation implements Participation {

    private static final int COMMENTS = 20;

    private final RestClient participation;

    HttpParticipation(ServiceClients clients) {
        this.participation = clients.participation();
    }

    @Override
    public SupportSummary supportsOf(String ideaId) {
        return participation.get().uri("/api/v1/ideas/{id}/supports/summary", ideaId).retrieve()
                .body(SupportSummary.class);
    }

    @Override
    public CommentPage commentsOn(String ideaId, String cursor) {
        Page page = participation.get().uri(uri -> {
                    UriBuilder builder = uri.path("/api/v1/ideas/{id}/comments").queryParam("limit", COMMENTS);
                    if (cursor != null && !cursor.isBlank()) {
                        builder.queryParam("cursor", "{cursor}");
                        return builder.build(ideaId, cursor);
                    }
                    return builder.build(ideaId);
                })
                .retrieve().body(Page.class);
        return new CommentPage(page.items(), page.next());
    }

    @Override
    public void support(String ideaId, String participantId, String helixGroup) {
        participation.post().uri("/api/v1/ideas/{id}/supports", ideaId).contentType(MediaType.APPLICATION_JSON)
                .body(new GiveSupport(participantId, helixGroup)).retrieve().toBodilessEntity();
    }

    @Override
    public void comment(String ideaId, String text) {
        participation.post().uri("/api/v1/ideas/{id}/comments", ideaId).contentType(MediaType.APPLICATION_JSON)
                .body(new Text(text)).retrieve().toBodilessEntity();
    }

    @Override
    public void hide(String commentId, String reason) {
        participation.post().uri("/api/v1/comments/{id}/hide", commentId).contentType(MediaType.APPLICATION_JSON)
                .body(new Reason(reason)).retrieve().toBodilessEntity();
    }

    /** A page of comments as the service sends it: {@code next} is the cursor of the next page, absent on the last. */
    record Page(List<Comment> items, String next) {
    }

    record GiveSupport(String participantId, String helixGroup) {
    }

    record Text(String text) {
    }

    record Reason(String reason) {
    }
}
