package berlin.gemeinsam.notifications.mail.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How mails are sent and where their links lead.
 *
 * @param from                the sender of every mail
 * @param serviceUrl          this service as people reach it: the confirmation and unsubscribe links lead here
 * @param webUrl              the site the mails link what happened to
 * @param confirmationValidity how long a confirmation link works
 * @param consentTextVersion  the version of the consent text a confirmation agrees to
 * @param claimTime           how long a sender has to send a mail it took on before another one may
 */
@ConfigurationProperties("gemeinsam.mail")
public record MailProperties(
        @DefaultValue("benachrichtigungen@gemeinsam.berlin") String from,
        @DefaultValue("http://127.0.0.1:8084") String serviceUrl,
        @DefaultValue("http://127.0.0.1:8080") String webUrl,
        @DefaultValue("24h") Duration confirmationValidity,
        @DefaultValue("2026-12-01") String consentTextVersion,
        @DefaultValue("5m") Duration claimTime) {
}
