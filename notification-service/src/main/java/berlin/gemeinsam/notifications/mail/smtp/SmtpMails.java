package berlin.gemeinsam.notifications.mail.smtp;

import berlin.gemeinsam.notifications.mail.application.MailProperties;
import berlin.gemeinsam.notifications.mail.application.OutgoingMails;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Sends the mails over SMTP, as {@code spring.mail.*} configures it. */
@Component
class SmtpMails implements OutgoingMails {

    private static final Logger log = LoggerFactory.getLogger(SmtpMails.class);

    private final JavaMailSender sender;
    private final MailProperties properties;

    SmtpMails(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * A connection to the server the mails share, when the sender is Spring's SMTP sender (as Spring Boot configures
     * it); otherwise each mail connects as {@link #send} does.
     */
    @Override
    public Connection connect() {
        return sender instanceof JavaMailSenderImpl smtp ? new Session(smtp) : OutgoingMails.super.connect();
    }

    @Override
    public void send(OutgoingMail mail) {
        sender.send(messageOf(mail));
    }

    /**
     * A notification mail can be unsubscribed with one click (RFC 8058), which mail programs offer as a button, and
     * keeps its own {@code Message-ID} (Spring's sender keeps one that is set when it saves the message).
     */
    private MimeMessage messageOf(OutgoingMail mail) {
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
        return message;
    }

    /**
     * One SMTP session for several mails: connected at the first mail, closed after a failure (the next mail
     * connects anew) and at the end. Each mail is sent as Spring's sender sends it, with the same server settings.
     */
    private final class Session implements Connection {

        private final JavaMailSenderImpl smtp;
        private Transport transport;

        Session(JavaMailSenderImpl smtp) {
            this.smtp = smtp;
        }

        @Override
        public void send(OutgoingMail mail) {
            MimeMessage message = messageOf(mail);
            try {
                if (transport == null) {
                    transport = connected();
                }
                if (message.getSentDate() == null) {
                    message.setSentDate(new Date());
                }
                String messageId = message.getMessageID();
                message.saveChanges();
                if (messageId != null) {
                    message.setHeader("Message-ID", messageId);
                }
                Address[] recipients = message.getAllRecipients();
                transport.sendMessage(message, recipients != null ? recipients : new Address[0]);
            } catch (MessagingException e) {
                close();
                throw new MailSendException("the SMTP server did not take the mail", e);
            }
        }

        private Transport connected() throws MessagingException {
            String protocol = smtp.getProtocol() != null ? smtp.getProtocol()
                    : smtp.getSession().getProperty("mail.transport.protocol");
            Transport connection = smtp.getSession().getTransport(protocol != null ? protocol : "smtp");
            String username = smtp.getUsername() == null || smtp.getUsername().isEmpty() ? null : smtp.getUsername();
            String password = username == null && "".equals(smtp.getPassword()) ? null : smtp.getPassword();
            connection.connect(smtp.getHost(), smtp.getPort(), username, password);
            return connection;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the mails were taken or not already; a QUIT the server does not answer changes neither
                    log.debug("Closing the SMTP session failed: {}", e.getClass().getSimpleName());
                }
                transport = null;
            }
        }
    }
}
