package berlin.gemeinsam.ideas.idea.messaging;

import berlin.gemeinsam.events.measures.MeasureIdeaLinked;
import berlin.gemeinsam.events.measures.MeasureProposed;
import berlin.gemeinsam.events.measures.MeasureProposedV2;
import berlin.gemeinsam.ideas.idea.application.IdeaService;
import berlin.gemeinsam.platform.inbox.ConditionalOnInbound;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A measure proposed from one of our ideas, or linked to one later, in any unit, adopts the idea or is declined by
 * it: a link is an adoption like the proposal's, so an idea belongs to one measure at most.
 *
 * <p>The proposal is read in v2. measures-service writes v1 beside it in the same change, and a measure proposed
 * before v2 existed has v1 alone, so v1 is read as well: an idea answers a measure once (adopted by it already, or
 * having declined it), so whichever version comes second changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class MeasureProposedConsumer {

    @Bean
    @ConditionalOnInbound("measureEvents")
    Consumer<Message<byte[]>> measureEvents(InboundEvents inbound, IdeaService ideas) {
        return inbound.consumer("measureEvents")
                .on(MeasureProposedV2.class, (measure, envelope) -> ideasOf(measure).forEach(ideaId ->
                        ideas.adopt(ideaId, measure.measureId(), measure.unit())))
                .on(MeasureProposed.class, (measure, envelope) -> {
                    if (measure.sourceIdeaId() != null) {
                        ideas.adopt(measure.sourceIdeaId(), measure.measureId(), measure.unit());
                    }
                })
                .on(MeasureIdeaLinked.class, (link, envelope) ->
                        ideas.adopt(link.ideaId(), link.measureId(), link.unit()));
    }

    /** The source idea first, then any other idea the measure takes up from the start. */
    private static Set<String> ideasOf(MeasureProposedV2 measure) {
        Set<String> ideaIds = new LinkedHashSet<>();
        if (measure.sourceIdeaId() != null) {
            ideaIds.add(measure.sourceIdeaId());
        }
        if (measure.linkedIdeaIds() != null) {
            ideaIds.addAll(measure.linkedIdeaIds());
        }
        return ideaIds;
    }
}
