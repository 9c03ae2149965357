package berlin.gemeinsam.notifications.feed;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

/**
 * Ideas and measures of every unit, as they happen, become entries in their followers' feeds. Each poll's events
 * are told together (the bindings' batch mode): one look-up of their followers and a few bulk writes for all of
 * them, where one event at a time cost four round trips to the store each.
 */
@Configuration(proxyBeanMethods = false)
class FeedConsumers {

    @Bean
    Consumer<Message<List<byte[]>>> ideaEvents(InboundEvents inbound, Feed feed) {
        return inbound.batchConsumer("ideaEvents", feed::tell)
                .on(IdeaPublished.class, News::of)
                .on(IdeaAdopted.class, News::of);
    }

    @Bean
    Consumer<Message<List<byte[]>>> measureEvents(InboundEvents inbound, Feed feed) {
        return inbound.batchConsumer("measureEvents", feed::tell)
                .on(MeasureProposed.class, News::of);
    }
}
