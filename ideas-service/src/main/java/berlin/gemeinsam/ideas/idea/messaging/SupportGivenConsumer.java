package berlin.gemeinsam.ideas.idea.messaging;

import berlin.gemeinsam.events.participation.ParticipantErased;
import berlin.gemeinsam.events.participation.SupportGiven;
import berlin.gemeinsam.events.participation.SupportWithdrawn;
import berlin.gemeinsam.ideas.idea.application.AuthorPrivacy;
import berlin.gemeinsam.ideas.idea.application.SupportCounting;
import berlin.gemeinsam.platform.inbox.ConditionalOnInbound;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Keeps each idea's support count from the supports given and withdrawn in any unit's participation-service.
 * Supports of other units' ideas match no idea here and change nothing. A participant erased in any unit is erased
 * as the author of this unit's ideas: the pseudonymous id is the same in every unit.
 */
@Configuration(proxyBeanMethods = false)
class SupportGivenConsumer {

    @Bean
    @ConditionalOnInbound("participationEvents")
    Consumer<Message<byte[]>> participationEvents(InboundEvents inbound, SupportCounting supports,
                                                  AuthorPrivacy authors) {
        return inbound.consumer("participationEvents")
                .on(SupportGiven.class, (support, envelope) ->
                        supports.given(support.ideaId(), support.supportId(), envelope.sequence()))
                .on(SupportWithdrawn.class, (withdrawn, envelope) ->
                        supports.withdrawn(withdrawn.ideaId(), withdrawn.supportId(), envelope.sequence()))
                .on(ParticipantErased.class, (erased, envelope) -> authors.erase(erased.participantId()));
    }
}
