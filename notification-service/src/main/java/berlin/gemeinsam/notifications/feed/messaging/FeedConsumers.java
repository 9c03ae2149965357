package berlin.gemeinsam.notifications.feed.messaging;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.notifications.feed.application.Feed;
import berlin.gemeinsam.notifications.feed.domain.News;
import berlin.gemeinsam.notifications.feed.domain.Occurrence;
import berlin.gemeinsam.platform.events.EventEnvelope;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

/**
 * Ideas and measures of every unit, as they happen, become entries in their followers' feeds. Each poll's events
 * are told together (the bindings' batch mode), so that a burst of events costs one look-up of their followers and
 * a few bulk writes, not several round trips to the store per event.
 */
@Configuration(proxyBeanMethods = false)
class FeedConsumers {

    @Bean
    Consumer<Message<List<byte[]>>> ideaEvents(InboundEvents inbound, Feed feed) {
        return inbound.batchConsumer("ideaEvents", feed::tell)
                .on(IdeaPublished.class, (idea, envelope) -> News.of(idea, occurrenceOf(envelope)))
                .on(IdeaAdopted.class, (adoption, envelope) -> News.of(adoption, occurrenceOf(envelope)));
    }

    @Bean
    Consumer<Message<List<byte[]>>> measureEvents(InboundEvents inbound, Feed feed) {
        return inbound.batchConsumer("measureEvents", feed::tell)
                .on(MeasureProposed.class, (measure, envelope) -> News.of(measure, occurrenceOf(envelope)));
    }

    /** The unit is the envelope's, which the consumer has checked against the topic the event came from. */
    private static Occurrence occurrenceOf(EventEnvelope envelope) {
        return new Occurrence(envelope.key(), envelope.type(), envelope.subject(), envelope.unit(), envelope.time());
    }
}
