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
 * @param maxAttempts         how often a mail is tried before it has failed
 * @param retryDelay          how long a mail the server did not take waits for its second attempt; each further
 *                            one waits twice as long as the one before
 * @param retention           how long a mail is kept after it was sent, failed or suppressed
 * @param messageIdDomain     the right-hand part of the mails' {@code Message-ID}s
 */
@ConfigurationProperties("gemeinsam.mail")
public record MailProperties(
        @DefaultValue("benachrichtigungen@gemeinsam.berlin") String from,
        @DefaultValue("http://127.0.0.1:8084") String serviceUrl,
        @DefaultValue("http://127.0.0.1:8080") String webUrl,
        @DefaultValue("24h") Duration confirmationValidity,
        @DefaultValue("2026-12-01") String consentTextVersion,
        @DefaultValue("5m") Duration claimTime,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("gemeinsam.berlin") String messageIdDomain) {
}
