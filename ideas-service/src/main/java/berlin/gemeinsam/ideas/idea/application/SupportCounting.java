package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Counts the supports given to the unit's ideas, each exactly once, however often its event is delivered.
 *
 * <p>The idea keeps its count, so that the idea decides what a support changes. The ids of the counted supports
 * cannot live in the idea's document as well: an idea may get tens of thousands of supports, and each would read
 * them all. Nor can a record "support counted" in a document of its own be written together with the count: the
 * store changes one document atomically, and a crash between two writes would lose a count or count it twice. So
 * each support takes a numbered place in its idea's count ({@link SupportPlaces}, one support per place), and the
 * idea counts the places in order ({@link Idea#countSupportAt}): a support is counted exactly when the count has
 * reached its place. A crash between taking a place and counting it is harmless: the support, delivered again, finds
 * its place and counts it only if the idea has not yet; and the next support of the idea finds the place taken and
 * counts it first. Each support costs a few reads and writes of single documents, however many supports came before
 * it.
 *
 * <p>The count that reaches the unit's threshold ({@code gemeinsam.ideas.shortlist-threshold}) shortlists a published
 * idea in the same update ({@link Idea#shortlistOnReaching}); a support delivered again is not counted again, so it
 * shortlists nothing.
 */
@Service
public class SupportCounting {

    private final Ideas ideas;
    private final SupportPlaces places;
    private final Clock clock;
    private final long shortlistThreshold;

    SupportCounting(Ideas ideas, SupportPlaces places, Clock clock,
                    @Value("${gemeinsam.ideas.shortlist-threshold:0}") long shortlistThreshold) {
        this.ideas = ideas;
        this.places = places;
        this.clock = clock;
        this.shortlistThreshold = shortlistThreshold;
    }

    /** Counts a support of one of the unit's ideas; a support of another unit's idea changes nothing. */
    public void count(String ideaId, String supportId) {
        while (true) {
            // the idea before the place: once the count passed a place, the place is found, so no support takes two
            Optional<Idea> idea = ideas.find(ideaId);
            if (idea.isEmpty()) {
                return;
            }
            OptionalLong held = places.placeOf(ideaId, supportId);
            if (held.isPresent()) {
                countAt(ideaId, held.getAsLong());
                return;
            }
            long next = idea.get().nextSupportPlace();
            boolean taken = places.take(ideaId, next, supportId);
            countAt(ideaId, next);
            if (taken) {
                return;
            }
        }
    }

    private void countAt(String ideaId, long place) {
        ConcurrentChanges.retry(() -> {
            Idea idea = ideas.find(ideaId).orElseThrow(() -> new NotFoundException("idea", ideaId));
            Instant now = clock.instant();
            if (idea.countSupportAt(place, now)) {
                ideas.save(idea, idea.shortlistOnReaching(shortlistThreshold, now).stream().toList());
            }
            return idea;
        });
    }
}
