package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.platform.errors.NotFoundException;
import berlin.gemeinsam.platform.outbox.ConcurrentChanges;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Counts the supports given to the unit's ideas, each exactly once, however often its event is delivered.
 *
 * <p>The idea keeps its count, so that the idea decides what a support changes. Which supports are counted cannot
 * live in the idea's document as well: an idea may get tens of thousands of supports, and each one would read them
 * all. Nor can a separate record "support counted" be written together with the idea's count: the store changes one
 * document atomically, and a crash between the two writes would lose a count or count it twice. So each support
 * takes a numbered place in its idea's count ({@link SupportPlaces}), and the idea counts the places one after the
 * other ({@link Idea#countSupportAt}): a support is counted exactly when the idea's count has reached its place.
 * Taking a place and counting it are two writes, and either order of crashes is harmless: a support that finds its
 * place again (redelivered) only counts it if the idea has not yet; a place that is taken but not counted is
 * counted by whoever comes next, its own support or any other, which finds the place taken. Each support costs a
 * few reads and writes of single documents, however many supports came before it.
 */
@Service
public class SupportCounting {

    private final Ideas ideas;
    private final SupportPlaces places;

    SupportCounting(Ideas ideas, SupportPlaces places) {
        this.ideas = ideas;
        this.places = places;
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
            if (idea.countSupportAt(place)) {
                ideas.save(idea, List.of());
            }
            return idea;
        });
    }
}
