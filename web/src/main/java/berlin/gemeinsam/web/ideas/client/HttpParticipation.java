package berlin.gemeinsam.web.ideas.client;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import berlin.gemeinsam.web.ideas.application.Comment;
import berlin.gemeinsam.web.ideas.application.Participation;
import berlin.gemeinsam.web.ideas.application.SupportSummary;
import berlin.gemeinsam.web.services.client.ServiceClients;

/** participation-service's API for an idea's supports and comments. */
@Component
class HttpParticipation implements Participation {

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
    public List<Comment> commentsOn(String ideaId) {
        return participation.get().uri("/api/v1/ideas/{id}/comments?limit=100", ideaId).retrieve()
                .body(CommentPage.class).items();
    }

    @Override
    public void support(String ideaId, String participantId, String helixGroup) {
        participation.post().uri("/api/v1/ideas/{id}/supports", ideaId).contentType(MediaType.APPLICATION_JSON)
                .body(new GiveSupport(participantId, helixGroup)).retrieve().toBodilessEntity();
    }

    record CommentPage(List<Comment> items) {
    }

    record GiveSupport(String participantId, String helixGroup) {
    }
}
