package berlin.gemeinsam.participation.ideas.messaging;

import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.participation.ideas.application.PublishedIdeaService;
import berlin.gemeinsam.participation.supports.application.SupportService;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import berlin.gemeinsam.platform.inbox.RunsInOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

/**
 * Learns of the ideas published in any unit's ideas-service: participants support ideas wherever they come
 * from, so the binding subscribes to the ideas topics of all units. A merged idea's supports given here move to
 * the idea it was merged into.
 *
 * <p>Each poll's events are taken together (the binding's batch mode): consecutive publications are one bulk write,
 * and a merge is handled on its own after them, so that it finds the duplicate published before it in the same poll.
 */
@Configuration(proxyBeanMethods = false)
class IdeaEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> ideaEvents(InboundEvents inbound, PublishedIdeaService ideas,
                                               SupportService supports) {
        return inbound.batchConsumer("ideaEvents", RunsInOrder.handlingRunsWith(ideas::published))
                .on(IdeaPublished.class, (published, envelope) -> RunsInOrder.together(published))
                .on(IdeaMerged.class, (merged, envelope) -> RunsInOrder.alone(() -> {
                    // closed first: supports of the duplicate given from now on are refused, not left behind
                    ideas.merged(merged);
                    supports.carryOver(merged);
                }));
    }
}
