package berlin.gemeinsam.notifications.mail.smtp;

import berlin.gemeinsam.notifications.mail.application.MailProperties;
import berlin.gemeinsam.notifications.mail.application.OutgoingMails;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/** Sends the mails over SMTP, as {@code spring.mail.*} configures it. */
@Component
class SmtpMails implements OutgoingMails {

    private final JavaMailSender sender;
    private final MailProperties properties;

    SmtpMails(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * A notification mail can be unsubscribed with one click (RFC 8058), which mail programs offer as a button, and
     * keeps its own {@code Message-ID} (Spring's sender keeps one that is set when it saves the message).
     */
    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.plainText(), mail.html());
            if (mail.unsubscribeUrl() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            if (mail.messageId() != null) {
                message.setHeader("Message-ID", mail.messageId());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }
}
