package berlin.gemeinsam.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A real SMTP server (GreenMail) started once per test JVM on a free loopback port; every test context of the
 * service sends its mails there (registered in {@code META-INF/spring.factories}, so the contexts stay as they are
 * cached). Tests tell their mails apart by recipient.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static GreenMail server;

    private static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort(),
                "gemeinsam.mail.send-interval=200ms").applyTo(context);
    }

    /** The port the server takes SMTP on, for a sender outside the test's contexts. */
    public static int smtpPort() {
        return server().getSmtp().getPort();
    }

    /** The mails the server received for the address so far. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(mail -> isFor(mail, address)).toList();
    }

    /** Waits until the address has received {@code count} mails and returns them. */
    public static List<MimeMessage> awaitMailsTo(String address, int count) {
        await().atMost(DELIVERY).until(() -> mailsTo(address).size() >= count);
        return mailsTo(address);
    }

    private static boolean isFor(MimeMessage mail, String address) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(to -> to.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
