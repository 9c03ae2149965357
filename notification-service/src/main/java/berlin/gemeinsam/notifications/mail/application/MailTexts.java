package berlin.gemeinsam.notifications.mail.application;

import berlin.gemeinsam.notifications.feed.domain.WebPaths;
import berlin.gemeinsam.notifications.mail.domain.MailDelivery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The mails' texts: an HTML and a plain-text part from the templates under {@code mail/} in the mail's language
 * (German or English), the subject line from the messages.
 */
@Component
public class MailTexts {

    private final TemplateEngine templates = new TemplateEngine();
    private final MessageSource messages;
    private final MailProperties properties;

    MailTexts(MessageSource messages, MailProperties properties) {
        this.messages = messages;
        this.properties = properties;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        templates.setTemplateResolver(resolver);
    }

    OutgoingMails.OutgoingMail confirmation(String address, String language, String confirmUrl, Duration validity) {
        Map<String, Object> values = Map.of("confirmUrl", confirmUrl, "validHours", validity.toHours());
        return mail(address, "confirmation", language, values, null, null);
    }

    /** What happened to what, with a link to it and the link that stops these mails. */
    OutgoingMails.OutgoingMail notification(String address, MailDelivery delivery, String unsubscribeUrl,
                                            String messageId) {
        Map<String, Object> values = Map.of("text", delivery.getText(),
                "link", properties.webUrl() + WebPaths.of(delivery.getEventType(), delivery.getSubject()),
                "unsubscribeUrl", unsubscribeUrl);
        return mail(address, "notification", delivery.getLanguage(), values, unsubscribeUrl, messageId);
    }

    /**
     * A digest: a section per followed item, headed by what it is, with its news and a link to each, and the link
     * that stops the mails of all of them.
     */
    OutgoingMails.OutgoingMail digest(String address, MailDelivery digest, String unsubscribeUrl, String messageId) {
        Locale locale = Locale.forLanguageTag(digest.getLanguage());
        List<Map<String, Object>> sections = digest.getSections().stream().map(section -> Map.<String, Object>of(
                "heading", messages.getMessage("mail.digest.target." + section.target().type(), null, locale),
                "items", section.items().stream().map(item -> Map.of("text", item.text(),
                        "link", properties.webUrl() + WebPaths.of(item.eventType(), item.subject()))).toList()))
                .toList();
        return mail(address, "digest", digest.getLanguage(),
                Map.of("sections", sections, "unsubscribeUrl", unsubscribeUrl), unsubscribeUrl, messageId);
    }

    private OutgoingMails.OutgoingMail mail(String address, String template, String language,
                                            Map<String, Object> values, String unsubscribeUrl, String messageId) {
        Locale locale = Locale.forLanguageTag(language);
        Context context = new Context(locale, values);
        String name = template + "." + locale.getLanguage();
        return new OutgoingMails.OutgoingMail(address,
                messages.getMessage("mail." + template + ".subject", null, locale),
                templates.process(name + ".txt", context), templates.process(name + ".html", context),
                unsubscribeUrl, messageId);
    }
}
