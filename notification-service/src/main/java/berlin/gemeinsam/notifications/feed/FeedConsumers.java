package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Ideas and measures of every unit, as they happen, become entries in their followers' feeds. */
@Configuration(proxyBeanMethods = false)
class FeedConsumers {

    @Bean
    Consumer<Message<byte[]>> ideaEvents(InboundEvents inbound, Feed feed) {
        return inbound.consumer("ideaEvents")
                .on(IdeaPublished.class, (idea, envelope) -> feed.tell(News.of(idea, envelope)))
                .on(IdeaAdopted.class, (adoption, envelope) -> feed.tell(News.of(adoption, envelope)));
    }

    @Bean
    Consumer<Message<byte[]>> measureEvents(InboundEvents inbound, Feed feed) {
        return inbound.consumer("measureEvents")
                .on(MeasureProposed.class, (measure, envelope) -> feed.tell(News.of(measure, envelope)));
    }
}
