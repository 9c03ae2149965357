package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.deliveries.application.DeliveryMetrics;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.deliveries.domain.SuppressionReason;
import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import berlin.gemeinsam.notifications.mail.domain.Retries;
import berlin.gemeinsam.notifications.mail.domain.SecretTokens;
import berlin.gemeinsam.notifications.mail.domain.SubscriberContact;
import berlin.gemeinsam.notifications.mail.domain.UnsubscribeLink;
import berlin.gemeinsam.notifications.subscriptions.application.Subscriptions;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends the pending mails apart from the feed's consumers, so a slow mail server never holds up a feed. It reads
 * the ids of the oldest due mails, {@value #DUE_PER_READ} at a time, and sends them over one SMTP connection (a new
 * one after a failure), each by this protocol, one mail at a time:
 * <ol>
 *     <li><b>claim</b>: one conditional update takes the mail on for {@code gemeinsam.mail.claim-time} if it is still
 *     due and counts the attempt (two instances never send one together);</li>
 *     <li><b>check</b>: a mail whose subscription ended or no longer tells by e-mail (a digest: each of its
 *     subscriptions), or whose subscriber has no confirmed address, is suppressed with the reason;</li>
 *     <li><b>send</b> over SMTP with a {@code Message-ID} that follows from the delivery, the same at every
 *     attempt;</li>
 *     <li><b>mark</b> it sent; a refused attempt waits for the next one ({@link Retries}), the last one marks it
 *     failed.</li>
 * </ol>
 * A crash between send and mark leaves the mail pending and taken on: once the claim ran out it is sent again, with
 * the same {@code Message-ID}. Nothing is lost, and a mail arrives twice only after a crash in that window (or a
 * server that took it but whose answer was lost), both copies one message to a receiver that drops repeated
 * {@code Message-ID}s.
 */
@Service
public class PendingMailSender {

    private static final Logger log = LoggerFactory.getLogger(PendingMailSender.class);
    /**
     * On the embedded store every read of the due mails scans the collection: read one by one, a backlog of n mails
     * would cost n scans. A mail is still taken on only right before it is sent.
     */
    private static final int DUE_PER_READ = 200;

    private final MailDeliveries deliveries;
    private final Contacts contacts;
    private final Subscriptions subscriptions;
    private final UnsubscribeLinks unsubscribeLinks;
    private final MailTexts texts;
    private final OutgoingMails mails;
    private final MailProperties properties;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    PendingMailSender(MailDeliveries deliveries, Contacts contacts, Subscriptions subscriptions,
               UnsubscribeLinks unsubscribeLinks, MailTexts texts, OutgoingMails mails, MailProperties properties,
               DeliveryMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.unsubscribeLinks = unsubscribeLinks;
        this.texts = texts;
        this.mails = mails;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Sends every pending mail that is due. */
    @Scheduled(fixedDelayString = "${gemeinsam.mail.send-interval:1s}")
    public void sendPending() {
        List<String> due;
        while (!(due = deliveries.dueIds(clock.instant(), DUE_PER_READ)).isEmpty()) {
            try (OutgoingMails.Connection connection = mails.connect()) {
                for (String id : due) {
                    Instant now = clock.instant();
                    deliveries.claim(id, now, now.plus(properties.claimTime())).ifPresent(delivery -> {
                        try {
                            send(delivery, connection);
                        } catch (RuntimeException failed) {
                            failedAttempt(delivery, failed);
                        }
                    });
                }
            }
        }
    }

    /** Removes the mails sent, failed or suppressed longer than {@code gemeinsam.mail.retention} ago. */
    @Scheduled(fixedDelayString = "${gemeinsam.mail.retention-check-interval:1h}")
    public void removeOld() {
        deliveries.removeSettledBefore(clock.instant().minus(properties.retention()));
    }

    private void send(MailDelivery delivery, OutgoingMails.Connection connection) {
        Optional<String> address = contacts.find(delivery.getSubscriberId())
                .flatMap(SubscriberContact::confirmedAddress);
        Optional<SuppressionReason> suppressed = suppressionOf(delivery, address.isPresent());
        if (suppressed.isPresent()) {
            if (deliveries.markSuppressed(delivery.getId(), suppressed.get().name(), clock.instant())) {
                metrics.reached(Channel.EMAIL, DeliveryStatus.SUPPRESSED, 1);
            }
            return;
        }
        String token = SecretTokens.newToken();
        unsubscribeLinks.add(delivery.isDigest()
                ? UnsubscribeLink.ofAll(token, delivery.subscriptionIds(), Channel.EMAIL, clock.instant())
                : UnsubscribeLink.of(token, delivery.getSubscriptionId(), Channel.EMAIL, clock.instant()));
        String unsubscribeUrl = properties.serviceUrl() + "/api/v1/unsubscribe/" + token;
        String messageId = delivery.messageId(properties.messageIdDomain());
        connection.send(delivery.isDigest()
                ? texts.digest(address.orElseThrow(), delivery, unsubscribeUrl, messageId)
                : texts.notification(address.orElseThrow(), delivery, unsubscribeUrl, messageId));
        deliveries.markSent(delivery.getId(), clock.instant());
        metrics.reached(Channel.EMAIL, DeliveryStatus.SENT, 1);
    }

    /**
     * Nothing goes for a subscription that ended or no longer tells by e-mail, nor to an address not confirmed. A
     * digest goes while any of the subscriptions it tells of still tells by e-mail (the others' news were dropped
     * when it was made).
     */
    private Optional<SuppressionReason> suppressionOf(MailDelivery delivery, boolean addressConfirmed) {
        List<Optional<SuppressionReason>> stopped = delivery.subscriptionIds().stream().map(this::stoppedTelling)
                .toList();
        if (stopped.stream().allMatch(Optional::isPresent)) {
            return stopped.get(0);
        }
        if (!addressConfirmed) {
            return Optional.of(SuppressionReason.ADDRESS_NOT_CONFIRMED);
        }
        return Optional.empty();
    }

    private Optional<SuppressionReason> stoppedTelling(String subscriptionId) {
        Optional<Subscription> subscription = subscriptions.find(subscriptionId);
        if (subscription.isEmpty()) {
            return Optional.of(SuppressionReason.SUBSCRIPTION_ENDED);
        }
        if (!subscription.get().getChannels().contains(Channel.EMAIL)) {
            return Optional.of(SuppressionReason.CHANNEL_REMOVED);
        }
        return Optional.empty();
    }

    /** Only the exception's type is kept and logged: a mail server's message may name the address. */
    private void failedAttempt(MailDelivery delivery, RuntimeException failure) {
        String error = failure.getClass().getSimpleName();
        Instant now = clock.instant();
        Optional<Instant> retryAt = new Retries(properties.maxAttempts(), properties.retryDelay())
                .nextAttemptAfter(delivery.getAttempts(), now);
        if (retryAt.isPresent()) {
            log.warn("Mail delivery {} not sent at attempt {}, tried again at {}: {}", delivery.getId(),
                    delivery.getAttempts(), retryAt.get(), error);
            deliveries.retryLater(delivery.getId(), error, retryAt.get());
        } else {
            log.warn("Mail delivery {} failed at its last attempt {}: {}", delivery.getId(), delivery.getAttempts(),
                    error);
            if (deliveries.markFailed(delivery.getId(), error, now)) {
                metrics.reached(Channel.EMAIL, DeliveryStatus.FAILED, 1);
            }
        }
    }
}
