package berlin.gemeinsam.ideas.central.messaging;

import berlin.gemeinsam.events.ideas.IdeaAdopted;
import berlin.gemeinsam.events.ideas.IdeaArchived;
import berlin.gemeinsam.events.ideas.IdeaEdited;
import berlin.gemeinsam.events.ideas.IdeaMerged;
import berlin.gemeinsam.events.ideas.IdeaPublished;
import berlin.gemeinsam.events.ideas.IdeaPublishedV2;
import berlin.gemeinsam.events.ideas.IdeaShortlisted;
import berlin.gemeinsam.events.ideas.IdeaWithdrawn;
import berlin.gemeinsam.events.participation.SupportGiven;
import berlin.gemeinsam.events.participation.SupportWithdrawn;
import berlin.gemeinsam.ideas.central.application.CentralView;
import berlin.gemeinsam.platform.inbox.ConditionalOnInbound;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * The central instance's consumers: every unit's idea events that change what the view shows (rejections do not:
 * a rejected idea was never public), and every unit's supports, which the view counts itself because the ideas
 * streams carry no support counts; a support's id keeps one given twice from being counted twice, and withdrawn
 * supports are counted apart and subtracted.
 */
@Configuration(proxyBeanMethods = false)
class CentralViewConsumers {

    @Bean
    @ConditionalOnInbound("centralIdeaEvents")
    Consumer<Message<byte[]>> centralIdeaEvents(InboundEvents inbound, CentralView view) {
        return inbound.consumer("centralIdeaEvents")
                .on(IdeaPublished.class, (event, envelope) -> view.published(event, envelope.sequence()))
                .on(IdeaPublishedV2.class, (event, envelope) -> view.published(event, envelope.sequence()))
                .on(IdeaEdited.class, (event, envelope) -> view.edited(event, envelope.sequence()))
                .on(IdeaShortlisted.class, (event, envelope) -> view.shortlisted(event, envelope.sequence()))
                .on(IdeaAdopted.class, (event, envelope) -> view.adopted(event, envelope.sequence()))
                .on(IdeaArchived.class, (event, envelope) -> view.archived(event, envelope.sequence()))
                .on(IdeaWithdrawn.class, (event, envelope) -> view.withdrawn(event, envelope.sequence()))
                .on(IdeaMerged.class, (event, envelope) -> view.merged(event, envelope.sequence()));
    }

    @Bean
    @ConditionalOnInbound("centralSupportEvents")
    Consumer<Message<byte[]>> centralSupportEvents(InboundEvents inbound, CentralView view) {
        return inbound.consumer("centralSupportEvents")
                .on(SupportGiven.class, (support, envelope) ->
                        view.supportGiven(support.supportId(), support.ideaId(), envelope.sequence()))
                .on(SupportWithdrawn.class, (withdrawn, envelope) ->
                        view.supportWithdrawn(withdrawn.supportId(), withdrawn.ideaId(), envelope.sequence()));
    }
}
