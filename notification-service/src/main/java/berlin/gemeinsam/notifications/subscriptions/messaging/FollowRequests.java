package berlin.gemeinsam.notifications.subscriptions.messaging;

import berlin.gemeinsam.events.participation.FollowRequested;
import berlin.gemeinsam.notifications.subscriptions.application.SubscriptionService;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.notifications.subscriptions.domain.TargetType;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Every unit's participation-service asks that a supporter follow the idea and a registrant the format. The inbox
 * handles each request once, so one who unfollowed later is not made to follow again by its redelivery.
 */
@Configuration(proxyBeanMethods = false)
class FollowRequests {

    @Bean
    Consumer<Message<byte[]>> participationEvents(InboundEvents inbound, SubscriptionService subscriptions) {
        return inbound.consumer("participationEvents")
                .on(FollowRequested.class, (request, envelope) -> subscriptions.followOnRequest(
                        request.subscriberId(), new Target(TargetType.valueOf(request.targetType()),
                                request.targetId())));
    }
}
