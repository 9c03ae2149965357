package berlin.gemeinsam.web.account.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import berlin.gemeinsam.web.account.application.FeedEntry;
import berlin.gemeinsam.web.account.application.FeedPage;
import berlin.gemeinsam.web.account.application.LiveFeed;
import berlin.gemeinsam.web.account.application.Notifications;
import berlin.gemeinsam.web.layout.web.Dates;
import berlin.gemeinsam.web.layout.web.Viewers;

/**
 * "Meine Benachrichtigungen": the person's feed page by page, all of it or only what is unread, each entry or all
 * marked read with a form. An open page is kept up to date through {@code /notifications/stream}: this server reads
 * notification-service's live feed with the person's token and sends each new entry on as the list item it would
 * render, for the page's htmx to put on top (the first time from the newest entry the page showed on, when the
 * browser reconnects from the last one it got). Without JavaScript the page lists the same entries when reloaded.
 */
@Controller
class NotificationsController {

    /** As long as a session lasts without a request; the browser reconnects after it, from the last entry it got. */
    private static final Duration STREAM_LIMIT = Duration.ofMinutes(30);

    private final Notifications notifications;
    private final LiveFeed live;
    private final ITemplateEngine templates;

    NotificationsController(Notifications notifications, LiveFeed live, ITemplateEngine templates) {
        this.notifications = notifications;
        this.live = live;
        this.templates = templates;
    }

    @GetMapping("/notifications")
    String feed(@RequestParam(defaultValue = "false") boolean unread,
                @RequestParam(required = false) String cursor, @AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("unread", unread);
        FeedPage feed = notifications.feed(Viewers.required(user).subject(), unread, cursor);
        model.addAttribute("feed", feed);
        // the newest entry of the whole feed on the page: the live stream starts after it, so that nothing written
        // between this page and its stream is missed
        model.addAttribute("newest", unread || cursor != null || feed.items().isEmpty() ? null
                : feed.items().get(0).id());
        return "notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable String id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        notifications.markRead(Viewers.required(user).subject(), id);
        redirect.addFlashAttribute("notice", "notifications.markedRead");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String markAllRead(@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        notifications.markAllRead(Viewers.required(user).subject());
        redirect.addFlashAttribute("notice", "notifications.allMarkedRead");
        return "redirect:/notifications";
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal OidcUser user,
                      @RegisteredOAuth2AuthorizedClient("gemeinsam") OAuth2AuthorizedClient client,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @RequestParam(required = false) String after,
                      CsrfToken csrf, Locale locale) {
        SseEmitter emitter = new SseEmitter(STREAM_LIMIT.toMillis());
        // the token's value is read now, in the request: the forms of pushed entries need it after it returned
        Map<String, Object> page = Map.of("dates", Dates.in(locale), "_csrf", new FixedCsrf(csrf));
        AutoCloseable stream = live.open(Viewers.required(user).subject(),
                client.getAccessToken().getTokenValue(), "en".equals(locale.getLanguage()) ? "en" : "de",
                lastEventId != null ? lastEventId : after, entry -> push(emitter, entry, page, locale), emitter::complete);
        Runnable close = () -> {
            try {
                stream.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(failure -> close.run());
        try {
            // sends the headers at once: the browser knows the stream is open, the service's side being open now
            emitter.send(SseEmitter.event().comment("live"));
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        return emitter;
    }

    private void push(SseEmitter emitter, FeedEntry entry, Map<String, Object> page, Locale locale) {
        Context context = new Context(locale, page);
        context.setVariable("entry", entry);
        String item = templates.process("notification-entry", Set.of("entry"), context);
        try {
            emitter.send(SseEmitter.event().id(entry.id()).name("notification").data(item.strip()));
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }

    /** The page's CSRF token as its forms carry it. */
    record FixedCsrf(String parameterName, String token) {

        FixedCsrf(CsrfToken token) {
            this(token.getParameterName(), token.getToken());
        }

        public String getParameterName() {
            return parameterName;
        }

        public String getToken() {
            return token;
        }
    }
}
