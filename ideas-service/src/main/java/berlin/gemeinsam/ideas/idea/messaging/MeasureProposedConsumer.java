package berlin.gemeinsam.ideas.idea.messaging;

import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.ideas.idea.application.IdeaService;
import berlin.gemeinsam.platform.inbox.ConditionalOnInbound;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** A measure proposed from one of our ideas, in any unit, adopts the idea or is declined by it. */
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
                });
    }
}
