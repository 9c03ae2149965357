package berlin.gemeinsam.notifications.mail;

import berlin.gemeinsam.notifications.TestMailServer;
import berlin.gemeinsam.notifications.deliveries.domain.DeliveryStatus;
import berlin.gemeinsam.notifications.mail.domain.Consent;
import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import berlin.gemeinsam.notifications.mail.domain.SecretTokens;
import berlin.gemeinsam.notifications.mail.domain.SubscriberContact;
import berlin.gemeinsam.notifications.subscriptions.domain.Channel;
import berlin.gemeinsam.notifications.subscriptions.domain.Subscription;
import berlin.gemeinsam.notifications.subscriptions.domain.Target;
import berlin.gemeinsam.testsupport.SharedDocumentStore;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #13: the mail sender killed (SIGKILL) after the SMTP server took a mail and before the mail was marked sent,
 * then started again. What the protocol promises ({@code PendingMailSender}): no mail is lost, only the mail of that
 * window is sent twice, and both copies carry the same {@code Message-ID}, so every mail is one message to the
 * receiver; every other mail is sent once.
 */
class MailSenderKillTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void aSenderKilledBetweenSendAndMarkLosesNoMailAndRepeatsOnlyThatOneWithTheSameMessageId() throws Exception {
        String database = "mail-sender-kill-" + UUID.randomUUID();
        String subscriber = "citizen-" + UUID.randomUUID();
        String address = subscriber + "@example.org";
        try (MongoClient client = MongoClients.create(SharedDocumentStore.uri())) {
            MongoTemplate mongo = new MongoTemplate(client, database);
            List<MailDelivery> mails = threePendingMails(mongo, subscriber, address);
            Map<String, String> idOfMessage = mails.stream().collect(Collectors.toMap(
                    mail -> mail.messageId(MailSenderProcess.MESSAGE_ID_DOMAIN), MailDelivery::getId));

            Sender first = start(database, MailSenderProcess.STOP_BEFORE_MARK);
            String inTheWindow;
            try {
                inTheWindow = first.awaitOutput(MailSenderProcess.SENT_NOT_MARKED).strip();
            } finally {
                first.kill();
            }
            assertThat(inTheWindow).isEqualTo(mails.get(0).getId());
            assertThat(TestMailServer.mailsTo(address)).as("the server took the mail before the kill").hasSize(1);
            MailDelivery killed = mongo.findById(inTheWindow, MailDelivery.class);
            assertThat(killed.getStatus()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(killed.getAttempts()).isEqualTo(1);

            Sender restarted = start(database, null);
            try {
                await().atMost(START).pollInterval(Duration.ofMillis(100)).until(() -> mongo.count(Query.query(
                        Criteria.where("status").is(DeliveryStatus.SENT)), MailDelivery.class) == 3);
            } finally {
                restarted.kill();
            }

            List<String> received = TestMailServer.mailsTo(address).stream().map(MailSenderKillTest::messageIdOf)
                    .map(idOfMessage::get).toList();
            assertThat(received).as("every mail arrived; only the one of the window twice")
                    .containsExactlyInAnyOrder(mails.get(0).getId(), mails.get(0).getId(), mails.get(1).getId(),
                            mails.get(2).getId());
            assertThat(mongo.findById(inTheWindow, MailDelivery.class).getAttempts()).isEqualTo(2);
            assertThat(mongo.findById(mails.get(2).getId(), MailDelivery.class).getAttempts()).isEqualTo(1);
        }
    }

    /** A subscriber told by e-mail at a confirmed address, and three mails for them, oldest first. */
    private static List<MailDelivery> threePendingMails(MongoTemplate mongo, String subscriber, String address) {
        Instant now = Instant.now();
        Subscription subscription = Subscription.follow(subscriber, Target.unit("mitte"), now,
                Set.of(Channel.IN_APP, Channel.EMAIL), "de");
        mongo.insert(subscription);
        mongo.insert(SubscriberContact.unconfirmed(subscriber, address, now));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(subscriber)), new Update().set("consent",
                new Consent(now, "2026-12-01", SecretTokens.hashOf(address))), SubscriberContact.class);
        List<MailDelivery> mails = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            MailDelivery mail = MailDelivery.of("entry-" + UUID.randomUUID(), subscriber, subscription.getId(), "de",
                    "berlin.gemeinsam.idea.published.v1", UUID.randomUUID().toString(),
                    "Neue Idee in Mitte: „Bank " + i + "“", now.plusMillis(i));
            mongo.insert(mail);
            mails.add(mail);
        }
        return mails;
    }

    private Sender start(String database, String option) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), MailSenderProcess.class.getName(),
                SharedDocumentStore.uri(), database, Integer.toString(TestMailServer.smtpPort())));
        if (option != null) {
            command.add(option);
        }
        Path log = folder.resolve("sender-" + System.nanoTime() + ".log");
        return new Sender(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
                log);
    }

    /** A sender process and the file its output goes to. */
    private record Sender(Process process, Path log) {

        /** What follows {@code marker} on the first line of the output that starts with it. */
        String awaitOutput(String marker) {
            Function<String, String> afterMarker = output -> output.lines().filter(line -> line.startsWith(marker))
                    .findFirst().map(line -> line.substring(marker.length())).orElse(null);
            await().atMost(START).pollInterval(Duration.ofMillis(50)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the sender ended:\n" + output());
                }
                return afterMarker.apply(output()) != null;
            });
            return afterMarker.apply(output());
        }

        /** SIGKILL: nothing of the process runs on the way out. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        private String output() {
            try {
                return Files.exists(log) ? Files.readString(log) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String messageIdOf(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
