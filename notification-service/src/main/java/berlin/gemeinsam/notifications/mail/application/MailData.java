package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.mail.domain.Consent;
import berlin.gemeinsam.notifications.mail.domain.DigestEntry;
import berlin.gemeinsam.notifications.mail.domain.EmailConfirmation;
import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import berlin.gemeinsam.notifications.mail.domain.SubscriberContact;
import berlin.gemeinsam.notifications.privacy.application.SubscriberData;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A subscriber's e-mail: the address with the consent they gave, the requests to confirm it, the mails pending,
 * sent or suppressed, and the news for digests. Erasing removes the mails' unsubscribe links first (they are found
 * through the mails), then the mails, the entries for digests, the confirmations and the address, so that a repeated
 * erasure finds what an interrupted one left.
 */
@Component
class MailData implements SubscriberData {

    private final Contacts contacts;
    private final Confirmations confirmations;
    private final MailDeliveries deliveries;
    private final UnsubscribeLinks unsubscribeLinks;
    private final DigestEntries digestEntries;

    MailData(Contacts contacts, Confirmations confirmations, MailDeliveries deliveries,
             UnsubscribeLinks unsubscribeLinks, DigestEntries digestEntries) {
        this.contacts = contacts;
        this.confirmations = confirmations;
        this.deliveries = deliveries;
        this.unsubscribeLinks = unsubscribeLinks;
        this.digestEntries = digestEntries;
    }

    @Override
    public String part() {
        return "email";
    }

    /** One record: the address, its confirmations and the mails; none without any of them. */
    @Override
    public List<ExportedEmail> export(String subscriberId) {
        SubscriberContact contact = contacts.find(subscriberId).orElse(null);
        List<ExportedConfirmation> requested = confirmations.ofSubscriber(subscriberId).stream()
                .map(ExportedConfirmation::of).toList();
        List<ExportedMail> mails = deliveries.ofSubscriber(subscriberId).stream().map(ExportedMail::of).toList();
        List<ExportedDigestEntry> forDigests = digestEntries.ofSubscriber(subscriberId).stream()
                .map(ExportedDigestEntry::of).toList();
        if (contact == null && requested.isEmpty() && mails.isEmpty() && forDigests.isEmpty()) {
            return List.of();
        }
        return List.of(new ExportedEmail(contact == null ? null : contact.getAddress(),
                contact == null ? null : contact.getGivenAt(), contact == null ? null : contact.getConsent(),
                requested, mails, forDigests));
    }

    @Override
    public void erase(String subscriberId) {
        Set<String> subscriptionIds = deliveries.ofSubscriber(subscriberId).stream()
                .flatMap(mail -> mail.subscriptionIds().stream()).collect(Collectors.toSet());
        if (!subscriptionIds.isEmpty()) {
            unsubscribeLinks.removeOf(subscriptionIds);
        }
        deliveries.removeAllOf(subscriberId);
        digestEntries.removeAllOf(subscriberId);
        confirmations.removeAllOf(subscriberId);
        contacts.remove(subscriberId);
    }

    /**
     * @param consent    when and to which text version the subscriber agreed; empty until they confirmed
     * @param forDigests the news for daily or weekly digests, waiting or taken by one
     */
    record ExportedEmail(String address, Instant givenAt, Consent consent, List<ExportedConfirmation> confirmations,
                         List<ExportedMail> mails, List<ExportedDigestEntry> forDigests) {
    }

    /** @param digestId the digest mail that took it, {@code DROPPED} when none could; empty while it waits */
    record ExportedDigestEntry(String subscriptionId, Frequency frequency, String eventType, String subject,
                               Map<String, String> text, Instant time, String digestId) {

        static ExportedDigestEntry of(DigestEntry entry) {
            return new ExportedDigestEntry(entry.getSubscriptionId(), entry.getFrequency(), entry.getEventType(),
                    entry.getSubject(), entry.getText(), entry.getTime(), entry.getDigestId());
        }
    }

    record ExportedConfirmation(Instant expiresAt, Instant confirmedAt) {

        static ExportedConfirmation of(EmailConfirmation confirmation) {
            return new ExportedConfirmation(confirmation.getExpiresAt(), confirmation.getConfirmedAt());
        }
    }

    record ExportedMail(String eventType, String subject, String language, String text, Instant time,
                        DeliveryStatus status, String reason, Instant settledAt) {

        static ExportedMail of(MailDelivery delivery) {
            return new ExportedMail(delivery.getEventType(), delivery.getSubject(), delivery.getLanguage(),
                    delivery.getText(), delivery.getTime(), delivery.getStatus(), delivery.getReason(),
                    delivery.getSettledAt());
        }
    }
}
