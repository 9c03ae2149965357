package berlin.gemeinsam.notifications.feed.messaging;

import berlin.gemeinsam.events.participation.FollowRequested;
import berlin.gemeinsam.events.participation.FormatWaitlistPromoted;
import berlin.gemeinsam.events.participation.ParticipantErased;
import berlin.gemeinsam.notifications.feed.application.Feed;
import berlin.gemeinsam.notifications.feed.domain.News;
import berlin.gemeinsam.notifications.feed.domain.Occurrence;
import berlin.gemeinsam.notifications.privacy.application.SubscriberPrivacy;
import berlin.gemeinsam.notifications.subscriptions.application.SubscriptionService;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.notifications.subscriptions.domain.TargetType;
import berlin.gemeinsam.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * What every unit's participation-service asks of notification-service: that a supporter follow the idea and a
 * registrant the format, that a participant promoted from a format's waiting list be told, and that an erased
 * participant be erased here too (their subscriber id is their participant id, whichever unit erased them). The inbox
 * handles each event once, so one who unfollowed later is not made to follow again by a redelivery; an erased
 * participant is not made to follow by a request from before their erasure.
 */
@Configuration(proxyBeanMethods = false)
class ParticipationConsumers {

    @Bean
    Consumer<Message<byte[]>> participationEvents(InboundEvents inbound, SubscriptionService subscriptions, Feed feed,
                                                  SubscriberPrivacy privacy) {
        return inbound.consumer("participationEvents")
                .on(FollowRequested.class, (request, envelope) -> subscriptions.followOnRequest(
                        request.subscriberId(), new Target(TargetType.valueOf(request.targetType()),
                                request.targetId()), request.requestedAt()))
                .on(FormatWaitlistPromoted.class, (promotion, envelope) -> feed.tellSubscriber(
                        promotion.participantId(), News.of(promotion, new Occurrence(envelope.key(), envelope.type(),
                                envelope.subject(), envelope.unit(), envelope.time()))))
                .on(ParticipantErased.class, (erased, envelope) -> privacy.eraseAsAnnounced(erased.participantId(),
                        erased.requestedAt()));
    }
}
