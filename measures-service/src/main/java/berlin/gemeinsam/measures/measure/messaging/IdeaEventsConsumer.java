package berlin.gemeinsam.measures.measure.messaging;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclined;
import berlin.gemeinsam.events.ideas.IdeaAdoptionDeclinedV2;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.measures.ideas.application.KnownIdeaService;
import berlin.gemeinsam.measures.measure.application.SourceIdeaAnswers;
import berlin.gemeinsam.platform.inbox.ConditionalOnInbound;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import berlin.gemeinsam.platform.inbox.RunsInOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

/**
 * Learns from the ideas streams of all units which ideas a measure may take up, and hands the ideas' answers to
 * the measures proposed from them. It lives with the measures because they depend on the known ideas, not the
 * other way round. The central instance proposes no measures and does not follow the ideas.
 *
 * <p>Each poll's events are taken together (the binding's batch mode): consecutive publications are one bulk write,
 * and every other event is handled on its own after them, so that an adoption or a merge sees the publication
 * before it in the same poll.
 */
@Configuration(proxyBeanMethods = false)
class IdeaEventsConsumer {

    @Bean
    @ConditionalOnInbound("ideaEvents")
    Consumer<Message<List<byte[]>>> ideaEvents(InboundEvents inbound, KnownIdeaService ideas,
                                               SourceIdeaAnswers answers) {
        return inbound.batchConsumer("ideaEvents", RunsInOrder.handlingRunsWith(ideas::published))
                .on(IdeaPublished.class, (published, envelope) -> RunsInOrder.together(published))
                .on(IdeaAdopted.class, (adopted, envelope) -> RunsInOrder.alone(() -> {
                    ideas.adopted(adopted);
                    answers.adopted(adopted.measureId(), adopted.measureUnit(), adopted.ideaId());
                }))
                .on(IdeaAdoptionDeclined.class, (declined, envelope) -> RunsInOrder.alone(() -> {
                    ideas.declined(declined);
                    answers.declined(declined.measureId(), declined.measureUnit(), declined.ideaId(),
                            declined.reason());
                }))
                .on(IdeaAdoptionDeclinedV2.class, (declined, envelope) -> RunsInOrder.alone(() -> {
                    ideas.declined(declined);
                    answers.declined(declined.measureId(), declined.measureUnit(), declined.ideaId(),
                            declined.reason());
                }))
                .on(IdeaMerged.class, (merged, envelope) -> RunsInOrder.alone(() -> ideas.merged(merged)));
    }
}
