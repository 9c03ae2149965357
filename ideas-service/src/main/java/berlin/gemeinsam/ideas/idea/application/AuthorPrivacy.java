package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.IdeaStatus;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What this unit's ideas hold about a participant: the ideas they submitted, with their content and the changes
 * they made (GDPR Art. 15), and their erasure when participation-service announces it (Art. 17).
 */
@Service
public class AuthorPrivacy {

    private final Ideas ideas;
    private final Clock clock;

    AuthorPrivacy(Ideas ideas, Clock clock) {
        this.ideas = ideas;
        this.clock = clock;
    }

    public List<AuthoredIdea> export(String participantId) {
        return ideas.byAuthor(participantId).stream().map(AuthoredIdea::of).toList();
    }

    /**
     * Replaces the participant in each idea they submitted by one tombstone, which stands for the same person in
     * all of them and for nobody outside them; see {@link Idea#eraseAuthor}. Each idea is written with its events
     * on its own: after a crash, the ideas still naming the person are erased by the repeated event.
     */
    public void erase(String participantId) {
        String tombstone = "erased-" + UUID.randomUUID();
        for (Idea authored : ideas.byAuthor(participantId)) {
            ConcurrentChanges.retry(() -> {
                ideas.find(authored.getId()).filter(idea -> idea.getAuthorId().equals(participantId))
                        .ifPresent(idea -> ideas.save(idea, idea.eraseAuthor(participantId, tombstone,
                                clock.instant())));
                return authored.getId();
            });
        }
    }

    /** An idea as its author submitted it, and the changes they made to it themselves. */
    public record AuthoredIdea(String id, String unit, IdeaStatus status, String title, String problem,
                               String proposal, String category, Instant submittedAt, Instant publishedAt,
                               List<AuthorsChange> changes) {

        static AuthoredIdea of(Idea idea) {
            List<AuthorsChange> changes = idea.getHistory().stream()
                    .filter(entry -> idea.getAuthorId().equals(entry.by().participantId()))
                    .map(entry -> new AuthorsChange(entry.change(), entry.at()))
                    .toList();
            return new AuthoredIdea(idea.getId(), idea.getUnit(), idea.getStatus(), idea.getTitle(),
                    idea.getProblem(), idea.getProposal(),
                    idea.getCategory() == null ? null : idea.getCategory().name(), idea.getSubmittedAt(),
                    idea.getPublishedAt(), changes);
        }
    }

    public record AuthorsChange(String change, Instant at) {
    }
}
