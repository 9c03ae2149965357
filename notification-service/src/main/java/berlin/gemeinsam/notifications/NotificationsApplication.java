package berlin.gemeinsam.notifications;

import berlin.gemeinsam.notifications.mail.application.DigestProperties;
import berlin.gemeinsam.notifications.mail.application.MailProperties;
import berlin.gemeinsam.notifications.webhooks.application.WebhookProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Follows ideas, measures and units for citizens and organisations and tells them what changed. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties({MailProperties.class, DigestProperties.class, WebhookProperties.class})
public class NotificationsApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationsApplication.class, args);
    }
}
