package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import berlin.gemeinsam.notifications.mail.domain.SecretTokens;
import berlin.gemeinsam.notifications.mail.domain.SubscriberContact;
import berlin.gemeinsam.notifications.mail.domain.UnsubscribeLink;
import berlin.gemeinsam.notifications.subscriptions.application.Subscriptions;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends the pending mails apart from the feed's consumers, so a slow mail server never holds up a feed. Each mail
 * is taken on for a while before it is sent (two instances never send one together) and marked sent after: a
 * crash between sending and marking sends that one mail again once its time ran out.
 */
@Service
public class PendingMailSender {

    private static final Logger log = LoggerFactory.getLogger(PendingMailSender.class);

    private final MailDeliveries deliveries;
    private final Contacts contacts;
    private final Subscriptions subscriptions;
    private final UnsubscribeLinks unsubscribeLinks;
    private final MailTexts texts;
    private final OutgoingMails mails;
    private final MailProperties properties;
    private final Clock clock;

    PendingMailSender(MailDeliveries deliveries, Contacts contacts, Subscriptions subscriptions,
               UnsubscribeLinks unsubscribeLinks, MailTexts texts, OutgoingMails mails, MailProperties properties,
               Clock clock) {
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.unsubscribeLinks = unsubscribeLinks;
        this.texts = texts;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends every pending mail; one the server refuses stays pending and is tried again after its time ran out. */
    @Scheduled(fixedDelayString = "${gemeinsam.mail.send-interval:1s}")
    public void sendPending() {
        Optional<MailDelivery> next;
        while ((next = claimNext()).isPresent()) {
            MailDelivery delivery = next.get();
            try {
                send(delivery);
            } catch (RuntimeException failed) {
                // the exception's type only: a mail server's message may name the address
                log.warn("Mail delivery {} not sent, tried again later: {}", delivery.getId(),
                        failed.getClass().getName());
            }
        }
    }

    private Optional<MailDelivery> claimNext() {
        Instant now = clock.instant();
        return deliveries.claimNext(now, now.plus(properties.claimTime()));
    }

    /** Nothing goes to an address not confirmed, nor for a subscription that no longer tells by e-mail. */
    private void send(MailDelivery delivery) {
        boolean byMail = subscriptions.find(delivery.getSubscriptionId())
                .filter(subscription -> subscription.getChannels().contains(Channel.EMAIL)).isPresent();
        if (!byMail) {
            deliveries.markSuppressed(delivery.getId(), "not told by e-mail");
            return;
        }
        Optional<String> address = contacts.find(delivery.getSubscriberId())
                .flatMap(SubscriberContact::confirmedAddress);
        if (address.isEmpty()) {
            deliveries.markSuppressed(delivery.getId(), "no confirmed address");
            return;
        }
        String token = SecretTokens.newToken();
        unsubscribeLinks.add(UnsubscribeLink.of(token, delivery.getSubscriptionId(), Channel.EMAIL, clock.instant()));
        mails.send(texts.notification(address.get(), delivery,
                properties.serviceUrl() + "/api/v1/unsubscribe/" + token));
        deliveries.markSent(delivery.getId(), clock.instant());
    }
}
