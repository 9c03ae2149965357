package berlin.gemeinsam.notifications.feed.messaging;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.events.measures.MeasureHealthChanged;
import berlin.gemeinsam.events.measures.MeasureIdeaLinked;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.measures.MeasureProposedV2;
import berlin.gemeinsam.notifications.feed.application.Feed;
import berlin.gemeinsam.notifications.feed.domain.News;
import berlin.gemeinsam.notifications.feed.domain.Occurrence;
import berlin.gemeinsam.notifications.feed.domain.TakenUpIdeas;
import berlin.gemeinsam.notifications.subscriptions.application.SubscriptionService;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Ideas and measures of every unit, as they happen, become entries in their followers' feeds. Each poll's events
 * are told together (the bindings' batch mode), so that a burst of events costs one look-up of their followers and
 * a few bulk writes, not several round trips to the store per event.
 */
@Configuration(proxyBeanMethods = false)
class FeedConsumers {

    /**
     * The followers of a merged idea are told first and then follow the surviving idea: a redelivered merge finds
     * them told already, and nobody left to move. v1 and v2 of a publication tell the same followers; the relay sends
     * the v2 after the broker took the v1, so they often come in different polls, and then whichever comes second
     * tells only the saved searches its publication reaches (the v2's), not the followers once more.
     */
    @Bean
    Consumer<Message<List<byte[]>>> ideaEvents(InboundEvents inbound, Feed feed, SubscriptionService subscriptions) {
        return inbound.<IdeaEvent>batchConsumer("ideaEvents", events -> {
                    feed.tell(events.stream().map(IdeaEvent::news).toList());
                    events.forEach(event -> event.merge().ifPresent(merge -> subscriptions.followSurvivor(
                            merge.ideaId(), merge.survivingIdeaId())));
                })
                .on(IdeaPublished.class, (idea, envelope) ->
                        IdeaEvent.publication(News.of(idea, occurrenceOf(envelope))))
                .on(IdeaPublishedV2.class, (idea, envelope) ->
                        IdeaEvent.publication(News.of(idea, occurrenceOf(envelope))))
                .on(IdeaAdopted.class, (adoption, envelope) -> IdeaEvent.of(News.of(adoption, occurrenceOf(envelope))))
                .on(IdeaMerged.class, (merge, envelope) ->
                        new IdeaEvent(News.of(merge, occurrenceOf(envelope)), Optional.of(merge), false))
                .sharing(IdeaEvent::toldToAudience, IdeaEvent::toldBefore);
    }

    /**
     * The ideas a measure takes up are remembered before the news of the batch is told, so that a health change
     * in the same poll as the proposal reaches the followers of the measure's ideas.
     */
    @Bean
    Consumer<Message<List<byte[]>>> measureEvents(InboundEvents inbound, Feed feed) {
        return inbound.<MeasureEvent>batchConsumer("measureEvents", events -> {
                    feed.rememberTakenUp(events.stream().flatMap(event -> event.takenUp().stream()).toList());
                    Map<String, Set<String>> ideas = feed.ideasTakenUpBy(events.stream()
                            .flatMap(event -> event.ideasAsked().stream()).distinct().toList());
                    feed.tell(events.stream().flatMap(event -> event.news().apply(ideas).stream()).toList());
                })
                .on(MeasureProposed.class, (measure, envelope) -> new MeasureEvent(
                        Optional.of(new TakenUpIdeas(measure.measureId(), listOf(measure.sourceIdeaId()))),
                        Optional.empty(), ideas -> Optional.of(News.of(measure, occurrenceOf(envelope)))))
                .on(MeasureProposedV2.class, (measure, envelope) -> new MeasureEvent(
                        Optional.of(new TakenUpIdeas(measure.measureId(), ideasOf(measure))),
                        Optional.empty(), ideas -> Optional.of(News.of(measure, occurrenceOf(envelope)))))
                .on(MeasureIdeaLinked.class, (link, envelope) -> new MeasureEvent(
                        Optional.of(new TakenUpIdeas(link.measureId(), List.of(link.ideaId()))),
                        Optional.empty(), ideas -> Optional.empty()))
                .on(MeasureHealthChanged.class, (change, envelope) -> new MeasureEvent(Optional.empty(),
                        Optional.of(change.measureId()), ideas -> Optional.of(News.of(change, occurrenceOf(envelope),
                                ideas.getOrDefault(change.measureId(), Set.of())))));
    }

    private static List<String> listOf(String ideaId) {
        return ideaId == null ? List.of() : List.of(ideaId);
    }

    /** The linked ideas name the source idea first; an event without the list still has its source idea. */
    private static List<String> ideasOf(MeasureProposedV2 measure) {
        List<String> ideas = new ArrayList<>(listOf(measure.sourceIdeaId()));
        if (measure.linkedIdeaIds() != null) {
            ideas.addAll(measure.linkedIdeaIds());
        }
        return ideas;
    }

    /**
     * What a measures event changes here: the ideas a measure takes up, and the news its followers are told, if
     * any, which may depend on the ideas of the measure whose ideas it asks for.
     */
    private record MeasureEvent(Optional<TakenUpIdeas> takenUp, Optional<String> ideasAsked,
                                Function<Map<String, Set<String>>, Optional<News>> news) {
    }

    /**
     * What an ideas event changes here: the news its followers are told, and for a merge who follows what.
     *
     * @param publication whether another event (the other version of the publication) carries the same news
     */
    private record IdeaEvent(News news, Optional<IdeaMerged> merge, boolean publication) {

        static IdeaEvent of(News news) {
            return new IdeaEvent(news, Optional.empty(), false);
        }

        static IdeaEvent publication(News news) {
            return new IdeaEvent(news, Optional.empty(), true);
        }

        Optional<String> toldToAudience() {
            return publication ? Optional.of(news.toldToAudience()) : Optional.empty();
        }

        IdeaEvent toldBefore() {
            return new IdeaEvent(news.withoutAudience(), merge, publication);
        }
    }

    /** The unit is the envelope's, which the consumer has checked against the topic the event came from. */
    private static Occurrence occurrenceOf(EventEnvelope envelope) {
        return new Occurrence(envelope.key(), envelope.type(), envelope.subject(), envelope.unit(), envelope.time());
    }
}
