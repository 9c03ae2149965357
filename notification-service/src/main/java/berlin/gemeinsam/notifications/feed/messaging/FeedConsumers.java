package berlin.gemeinsam.notifications.feed.messaging;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.notifications.feed.application.Feed;
import berlin.gemeinsam.notifications.feed.domain.News;
import berlin.gemeinsam.notifications.feed.domain.Occurrence;
import berlin.gemeinsam.notifications.subscriptions.application.SubscriptionService;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Ideas and measures of every unit, as they happen, become entries in their followers' feeds. Each poll's events
 * are told together (the bindings' batch mode), so that a burst of events costs one look-up of their followers and
 * a few bulk writes, not several round trips to the store per event.
 */
@Configuration(proxyBeanMethods = false)
class FeedConsumers {

    /**
     * The followers of a merged idea are told first and then follow the surviving idea: a redelivered merge finds
     * them told already, and nobody left to move.
     */
    @Bean
    Consumer<Message<List<byte[]>>> ideaEvents(InboundEvents inbound, Feed feed, SubscriptionService subscriptions) {
        return inbound.<IdeaEvent>batchConsumer("ideaEvents", events -> {
                    feed.tell(events.stream().map(IdeaEvent::news).toList());
                    events.forEach(event -> event.merge().ifPresent(merge -> subscriptions.followSurvivor(
                            merge.ideaId(), merge.survivingIdeaId())));
                })
                .on(IdeaPublished.class, (idea, envelope) -> IdeaEvent.of(News.of(idea, occurrenceOf(envelope))))
                .on(IdeaAdopted.class, (adoption, envelope) -> IdeaEvent.of(News.of(adoption, occurrenceOf(envelope))))
                .on(IdeaMerged.class, (merge, envelope) ->
                        new IdeaEvent(News.of(merge, occurrenceOf(envelope)), Optional.of(merge)));
    }

    @Bean
    Consumer<Message<List<byte[]>>> measureEvents(InboundEvents inbound, Feed feed) {
        return inbound.batchConsumer("measureEvents", feed::tell)
                .on(MeasureProposed.class, (measure, envelope) -> News.of(measure, occurrenceOf(envelope)));
    }

    /** What an ideas event changes here: the news its followers are told, and for a merge who follows what. */
    private record IdeaEvent(News news, Optional<IdeaMerged> merge) {

        static IdeaEvent of(News news) {
            return new IdeaEvent(news, Optional.empty());
        }
    }

    /** The unit is the envelope's, which the consumer has checked against the topic the event came from. */
    private static Occurrence occurrenceOf(EventEnvelope envelope) {
        return new Occurrence(envelope.key(), envelope.type(), envelope.subject(), envelope.unit(), envelope.time());
    }
}
