package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.deliveries.application.DeliveryMetrics;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.mail.domain.Consent;
import berlin.gemeinsam.notifications.mail.domain.Digest;
import berlin.gemeinsam.notifications.mail.domain.DigestEntry;
import berlin.gemeinsam.notifications.mail.domain.DigestPeriod;
import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import berlin.gemeinsam.notifications.mail.domain.SubscriberContact;
import berlin.gemeinsam.notifications.mail.domain.UnsubscribeLink;
import berlin.gemeinsam.notifications.subscriptions.application.Subscriptions;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Frequency;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.platform.paging.Page;
import berlin.gemeinsam.testsupport.MovableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's protocol around a mail server that refuses, without Spring: retried later, failed after the last; the
 * due mails sent over one connection; and a digest's check of its subscriptions.
 */
class PendingMailSenderTest {

    private static final String ADDRESS = "anna@example.org";

    private final MovableClock clock = new MovableClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Subscription subscription = Subscription.follow("anna", Target.unit("mitte"), clock.instant(),
            Set.of(Channel.EMAIL), "de");
    private final OneMail deliveries = new OneMail(MailDelivery.of("entry-1", "anna", subscription.getId(), "de",
            "berlin.gemeinsam.idea.published.v1", "idea-1", "Neue Idee", clock.instant()));
    private final List<OutgoingMails.OutgoingMail> tried = new ArrayList<>();

    private PendingMailSender senderTo(OutgoingMails server) {
        return senderTo(deliveries, server);
    }

    private PendingMailSender senderTo(MailDeliveries store, OutgoingMails server) {
        MailProperties properties = new MailProperties("benachrichtigungen@gemeinsam.berlin", "http://127.0.0.1:8084",
                "http://127.0.0.1:8080", Duration.ofHours(24), "2026-12-01", Duration.ofMinutes(5), 3,
                Duration.ofMinutes(1), Duration.ofDays(90), "gemeinsam.berlin");
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("mail.notification.subject", Locale.GERMAN, "Neuigkeiten");
        messages.addMessage("mail.digest.subject", Locale.GERMAN, "Zusammenfassung");
        messages.addMessage("mail.digest.target.UNIT", Locale.GERMAN, "Ein Bezirk");
        return new PendingMailSender(store, new ConfirmedContact(), new TheSubscription(subscription),
                new NoLinks(), new MailTexts(messages, properties), server, properties,
                new DeliveryMetrics(registry), clock);
    }

    private double counted(String status) {
        return registry.counter("gemeinsam.notifications.deliveries", "channel", "EMAIL", "status", status).count();
    }

    /** The next attempt is due {@code wait} after the failed one, which began at {@code triedFrom} or later. */
    private void assertDue(Instant triedFrom, Duration wait) {
        assertThat(deliveries.dueAt).isBetween(triedFrom.plus(wait), clock.instant().plus(wait));
    }

    @Test
    void aRefusedMailIsTriedAgainAfterADoublingWaitWithTheSameMessageIdAndFailsAfterItsLastAttempt() {
        PendingMailSender sender = senderTo(mail -> {
            tried.add(mail);
            throw new IllegalStateException("550 mailbox " + ADDRESS + " unavailable");
        });

        Instant first = clock.instant();
        sender.sendPending();
        assertThat(deliveries.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(deliveries.lastError).isEqualTo("IllegalStateException");
        assertDue(first, Duration.ofMinutes(1));
        sender.sendPending();
        assertThat(tried).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        Instant second = clock.instant();
        sender.sendPending();
        assertThat(deliveries.status).isEqualTo(DeliveryStatus.PENDING);
        assertDue(second, Duration.ofMinutes(2));

        clock.advance(Duration.ofMinutes(2));
        sender.sendPending();
        assertThat(deliveries.status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(deliveries.lastError).isEqualTo("IllegalStateException");
        assertThat(tried).hasSize(3).extracting(OutgoingMails.OutgoingMail::messageId)
                .containsOnly("<" + deliveries.mail.getId() + "@gemeinsam.berlin>");
        assertThat(counted("FAILED")).isEqualTo(1);
        assertThat(counted("SENT")).isZero();
    }

    @Test
    void aMailTheServerTakesAtItsSecondAttemptIsSent() {
        PendingMailSender sender = senderTo(mail -> {
            tried.add(mail);
            if (tried.size() == 1) {
                throw new IllegalStateException("421 try again later");
            }
        });

        sender.sendPending();
        clock.advance(Duration.ofMinutes(1));
        sender.sendPending();

        assertThat(deliveries.status).isEqualTo(DeliveryStatus.SENT);
        assertThat(tried).hasSize(2).extracting(OutgoingMails.OutgoingMail::to).containsOnly(ADDRESS);
        assertThat(counted("SENT")).isEqualTo(1);
    }

    @Test
    void theDueMailsGoOverOneConnectionAndOneTheServerRefusesWaitsWhileTheOthersAreSent() {
        List<OneMail> three = List.of(1, 2, 3).stream().map(i -> new OneMail(MailDelivery.of("entry-" + i, "anna",
                subscription.getId(), "de", "berlin.gemeinsam.idea.published.v1", "idea-" + i, "Neue Idee " + i,
                clock.instant().plusMillis(i)))).toList();
        List<String> connections = new ArrayList<>();
        OutgoingMails server = new OutgoingMails() {
            @Override
            public void send(OutgoingMail mail) {
                throw new AssertionError("each mail on a connection of its own");
            }

            @Override
            public Connection connect() {
                connections.add("open");
                return new Connection() {
                    @Override
                    public void send(OutgoingMail mail) {
                        tried.add(mail);
                        if (mail.messageId().equals(three.get(1).mail.messageId("gemeinsam.berlin"))) {
                            throw new IllegalStateException("452 too many recipients this hour");
                        }
                    }

                    @Override
                    public void close() {
                        connections.set(connections.size() - 1, "closed");
                    }
                };
            }
        };

        senderTo(new Mails(three), server).sendPending();

        assertThat(connections).containsExactly("closed");
        assertThat(tried).extracting(OutgoingMails.OutgoingMail::messageId).containsExactly(
                three.stream().map(mail -> mail.mail.messageId("gemeinsam.berlin")).toArray(String[]::new));
        assertThat(three).extracting(mail -> mail.status)
                .containsExactly(DeliveryStatus.SENT, DeliveryStatus.PENDING, DeliveryStatus.SENT);
        assertThat(three.get(1).dueAt).isAfter(clock.instant());
        assertThat(counted("SENT")).isEqualTo(2);
    }

    @Test
    void aDigestGoesWhileOneOfItsSubscriptionsStillMailsAndIsSuppressedWhenNoneDoes() {
        DigestPeriod today = new DigestPeriod(Frequency.DAILY, LocalDate.of(2026, 12, 1), clock.instant());
        DigestEntry ofMitte = DigestEntry.of("entry-1", "anna", subscription.getId(), Target.unit("mitte"),
                Frequency.DAILY, "berlin.gemeinsam.idea.published.v1", "idea-1", Map.of("de", "Neue Idee"),
                clock.instant(), clock.instant());
        DigestEntry ofEnded = DigestEntry.of("entry-2", "anna", "ended", Target.unit("pankow"), Frequency.DAILY,
                "berlin.gemeinsam.idea.published.v1", "idea-2", Map.of("de", "Noch eine Idee"), clock.instant(),
                clock.instant());
        OneMail both = new OneMail(Digest.of("anna", "de", today, List.of(ofMitte, ofEnded)).orElseThrow());
        OneMail endedOnly = new OneMail(Digest.of("ben", "de", today, List.of(ofEnded)).orElseThrow());

        senderTo(both, tried::add).sendPending();
        senderTo(endedOnly, tried::add).sendPending();

        assertThat(both.status).isEqualTo(DeliveryStatus.SENT);
        assertThat(tried).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Zusammenfassung");
            assertThat(mail.plainText()).contains("Ein Bezirk", "Neue Idee", "Noch eine Idee",
                    "http://127.0.0.1:8080/ideas/idea-1");
            assertThat(mail.unsubscribeUrl()).startsWith("http://127.0.0.1:8084/api/v1/unsubscribe/");
        });
        assertThat(endedOnly.status).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(counted("SUPPRESSED")).isEqualTo(1);
    }

    /** The part of the store the sender uses; the rest is not called in these tests. */
    private interface SenderSide extends MailDeliveries {

        @Override
        default long addMissing(Collection<MailDelivery> deliveries) {
            throw new UnsupportedOperationException();
        }

        @Override
        default Optional<MailDelivery> find(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        default long suppressPendingOf(String subscriptionId, String reason, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        default long removeSettledBefore(Instant before) {
            throw new UnsupportedOperationException();
        }

        @Override
        default List<MailDelivery> ofSubscriber(String subscriberId) {
            throw new UnsupportedOperationException();
        }

        @Override
        default void removeAllOf(String subscriberId) {
            throw new UnsupportedOperationException();
        }
    }

    /** The store with one mail, taken on and marked as the store does it. */
    private final class OneMail implements SenderSide {

        private final MailDelivery mail;
        private DeliveryStatus status = DeliveryStatus.PENDING;
        private Instant dueAt = Instant.EPOCH;
        private int attempts;
        private String lastError;

        OneMail(MailDelivery mail) {
            this.mail = mail;
        }

        @Override
        public List<String> dueIds(Instant now, int limit) {
            return isDue(now) ? List.of(mail.getId()) : List.of();
        }

        @Override
        public Optional<MailDelivery> claim(String id, Instant now, Instant until) {
            if (!id.equals(mail.getId()) || !isDue(now)) {
                return Optional.empty();
            }
            dueAt = until;
            attempts++;
            try {
                var field = MailDelivery.class.getDeclaredField("attempts");
                field.setAccessible(true);
                field.setInt(mail, attempts);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return Optional.of(mail);
        }

        private boolean isDue(Instant now) {
            return status == DeliveryStatus.PENDING && !dueAt.isAfter(now);
        }

        @Override
        public void markSent(String id, Instant at) {
            status = DeliveryStatus.SENT;
        }

        @Override
        public void retryLater(String id, String error, Instant retryAt) {
            lastError = error;
            dueAt = retryAt;
        }

        @Override
        public boolean markFailed(String id, String error, Instant at) {
            lastError = error;
            status = DeliveryStatus.FAILED;
            return true;
        }

        @Override
        public boolean markSuppressed(String id, String reason, Instant at) {
            status = DeliveryStatus.SUPPRESSED;
            return true;
        }
    }

    /** The store with several mails, each taken on and marked as {@link OneMail} does it. */
    private record Mails(List<OneMail> mails) implements SenderSide {

        private OneMail of(String id) {
            return mails.stream().filter(mail -> mail.mail.getId().equals(id)).findFirst().orElseThrow();
        }

        @Override
        public List<String> dueIds(Instant now, int limit) {
            return mails.stream().flatMap(mail -> mail.dueIds(now, limit).stream()).limit(limit).toList();
        }

        @Override
        public Optional<MailDelivery> claim(String id, Instant now, Instant until) {
            return of(id).claim(id, now, until);
        }

        @Override
        public void markSent(String id, Instant at) {
            of(id).markSent(id, at);
        }

        @Override
        public void retryLater(String id, String error, Instant retryAt) {
            of(id).retryLater(id, error, retryAt);
        }

        @Override
        public boolean markFailed(String id, String error, Instant at) {
            return of(id).markFailed(id, error, at);
        }

        @Override
        public boolean markSuppressed(String id, String reason, Instant at) {
            return of(id).markSuppressed(id, reason, at);
        }
    }

    private final class ConfirmedContact implements Contacts {

        @Override
        public Optional<SubscriberContact> find(String subscriberId) {
            SubscriberContact contact = SubscriberContact.unconfirmed(subscriberId, ADDRESS, clock.instant());
            try {
                var consent = SubscriberContact.class.getDeclaredField("consent");
                consent.setAccessible(true);
                consent.set(contact, new Consent(clock.instant(), "2026-12-01", "hash"));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return Optional.of(contact);
        }

        @Override
        public void replace(SubscriberContact contact) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean confirm(String subscriberId, String address, Consent consent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(String subscriberId) {
            throw new UnsupportedOperationException();
        }
    }

    private record TheSubscription(Subscription subscription) implements Subscriptions {

        @Override
        public Optional<Subscription> find(String id) {
            return Optional.of(subscription).filter(each -> each.getId().equals(id));
        }

        @Override
        public boolean add(Subscription subscription) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean updateChannels(Subscription subscription) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeChannel(String id, Channel channel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Subscription> listOf(String subscriberId, int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Subscription> allOf(String subscriberId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeAllOf(String subscriberId) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NoLinks implements UnsubscribeLinks {

        @Override
        public void add(UnsubscribeLink link) {
        }

        @Override
        public Optional<UnsubscribeLink> find(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public boolean markUsed(String tokenHash, Instant at) {
            return false;
        }

        @Override
        public void removeOf(Collection<String> subscriptionIds) {
        }
    }
}
