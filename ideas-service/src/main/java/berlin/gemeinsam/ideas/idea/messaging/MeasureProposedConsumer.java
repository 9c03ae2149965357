package berlin.gemeinsam.ideas.idea.messaging;

import berlin.gemeinsam.events.measures.MeasureIdeaLinked;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.ideas.idea.application.IdeaService;
import berlin.gemeinsam.platform.inbox.ConditionalOnInbound;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * A measure proposed from one of our ideas, or linked to one later, in any unit, adopts the idea or is declined by
 * it: a link is an adoption like the proposal's, so an idea belongs to one measure at most.
 */
@Configuration(proxyBeanMethods = false)
class MeasureProposedConsumer {

    @Bean
    @ConditionalOnInbound("measureEvents")
    Consumer<Message<byte[]>> measureEvents(InboundEvents inbound, IdeaService ideas) {
        return inbound.consumer("measureEvents")
                .on(MeasureProposed.class, (measure, envelope) -> {
                    if (measure.sourceIdeaId() != null) {
                        ideas.adopt(measure.sourceIdeaId(), measure.measureId(), measure.unit());
                    }
                })
                .on(MeasureIdeaLinked.class, (link, envelope) ->
                        ideas.adopt(link.ideaId(), link.measureId(), link.unit()));
    }
}
