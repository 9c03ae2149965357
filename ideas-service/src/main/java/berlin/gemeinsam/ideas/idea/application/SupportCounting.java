package berlin.gemeinsam.ideas.idea.application;

import berlin.gemeinsam.ideas.idea.domain.Idea;
import berlin.gemeinsam.ideas.idea.domain.SupportGivings;
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
 * it. Withdrawals of supports take places of their own and are counted the same way
 * ({@link Idea#countWithdrawalAt}).
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
        tally(Tally.SUPPORTS, ideaId, supportId);
    }

    /**
     * Counts a giving of a support, its event's {@code ce_sequence} telling a support given again after its
     * withdrawal from a repeated delivery. A support's first giving (version 0) holds its place by the support's id
     * alone, as supports given before they could be withdrawn do.
     */
    public void given(String ideaId, String supportId, String sequence) {
        tally(Tally.SUPPORTS, ideaId, SupportGivings.givingId(supportId, sequence));
    }

    /**
     * Counts a withdrawal of a support once, by the support and its event's {@code ce_sequence}. Withdrawals are
     * counted apart from the supports, so one delivered before its support, or twice, does no harm: the idea shows
     * the supports counted less the withdrawals counted, never below zero.
     */
    public void withdrawn(String ideaId, String supportId, String sequence) {
        tally(Tally.WITHDRAWALS, ideaId, SupportGivings.withdrawalId(supportId, sequence));
    }

    private void tally(Tally tally, String ideaId, String holder) {
        while (true) {
            // the idea before the place: once the count passed a place, the place is found, so no holder takes two
            Optional<Idea> idea = ideas.find(ideaId);
            if (idea.isEmpty()) {
                return;
            }
            OptionalLong held = tally.placeOf(places, ideaId, holder);
            if (held.isPresent()) {
                countAt(tally, ideaId, held.getAsLong());
                return;
            }
            long next = tally.nextPlace(idea.get());
            boolean taken = tally.take(places, ideaId, next, holder);
            countAt(tally, ideaId, next);
            if (taken) {
                return;
            }
        }
    }

    private void countAt(Tally tally, String ideaId, long place) {
        ConcurrentChanges.retry(() -> {
            Idea idea = ideas.find(ideaId).orElseThrow(() -> new NotFoundException("idea", ideaId));
            Instant now = clock.instant();
            if (tally.countAt(idea, place, now)) {
                ideas.save(idea, idea.shortlistOnReaching(shortlistThreshold, now).stream().toList());
            }
            return idea;
        });
    }

    /** The two counts an idea keeps of its supports, each with its own numbered places. */
    private enum Tally {
        SUPPORTS {
            @Override
            OptionalLong placeOf(SupportPlaces places, String ideaId, String holder) {
                return places.placeOf(ideaId, holder);
            }

            @Override
            boolean take(SupportPlaces places, String ideaId, long place, String holder) {
                return places.take(ideaId, place, holder);
            }

            @Override
            long nextPlace(Idea idea) {
                return idea.nextSupportPlace();
            }

            @Override
            boolean countAt(Idea idea, long place, Instant now) {
                return idea.countSupportAt(place, now);
            }
        },
        WITHDRAWALS {
            @Override
            OptionalLong placeOf(SupportPlaces places, String ideaId, String holder) {
                return places.withdrawalPlaceOf(ideaId, holder);
            }

            @Override
            boolean take(SupportPlaces places, String ideaId, long place, String holder) {
                return places.takeWithdrawal(ideaId, place, holder);
            }

            @Override
            long nextPlace(Idea idea) {
                return idea.nextWithdrawalPlace();
            }

            @Override
            boolean countAt(Idea idea, long place, Instant now) {
                return idea.countWithdrawalAt(place, now);
            }
        };

        abstract OptionalLong placeOf(SupportPlaces places, String ideaId, String holder);

        abstract boolean take(SupportPlaces places, String ideaId, long place, String holder);

        abstract long nextPlace(Idea idea);

        abstract boolean countAt(Idea idea, long place, Instant now);
    }
}
