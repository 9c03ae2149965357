package berlin.gemeinsam.web.account.web;

import berlin.gemeinsam.web.account.application.Subscription;
import berlin.gemeinsam.web.account.application.Subscriptions;
import berlin.gemeinsam.web.layout.web.FieldErrors;
import berlin.gemeinsam.web.layout.web.Viewers;
import berlin.gemeinsam.web.services.application.ServiceProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Meine Abonnements": what the person follows, each with the channels and the language it tells them in (changed
 * through notification-service, which refuses a subscription without any channel), unfollowed with a button; and
 * the e-mail address the mails go to, pending until confirmed through the link mailed to it.
 */
@Controller
class SubscriptionsController {

    private static final Set<String> EMAIL_FIELDS = Set.of("address");

    private final Subscriptions subscriptions;

    SubscriptionsController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/subscriptions")
    String page(@ModelAttribute("email") EmailForm form, @AuthenticationPrincipal OidcUser user, Model model) {
        return page(Viewers.required(user).subject(), model);
    }

    /** A change the service refuses (no channel left) is named on top of the page, the subscription unchanged. */
    @PostMapping("/subscriptions/{id}")
    String change(@PathVariable String id, @RequestParam(required = false) Set<String> channels,
                  @RequestParam(required = false) String language, RedirectAttributes redirect) {
        try {
            subscriptions.change(id, channels == null ? Set.of() : new TreeSet<>(channels), language);
        } catch (ServiceProblem problem) {
            if (!problem.badInput()) {
                throw problem;
            }
            redirect.addFlashAttribute("refusal", problem.fields().isEmpty()
                    ? (problem.detail() == null ? problem.title() : problem.detail())
                    : problem.fields().get(0).message());
            return "redirect:/subscriptions";
        }
        redirect.addFlashAttribute("notice", "subscriptions.changed");
        return "redirect:/subscriptions";
    }

    @PostMapping("/subscriptions/{id}/unfollow")
    String unfollow(@PathVariable String id, RedirectAttributes redirect) {
        subscriptions.unfollow(id);
        redirect.addFlashAttribute("notice", "subscriptions.unfollowed");
        return "redirect:/subscriptions";
    }

    @PostMapping("/subscriptions/email")
    String giveEmail(@ModelAttribute("email") EmailForm form, BindingResult binding,
                     @AuthenticationPrincipal OidcUser user, Locale locale, Model model, RedirectAttributes redirect) {
        String subscriber = Viewers.required(user).subject();
        try {
            subscriptions.giveEmail(subscriber, form.getAddress(), "en".equals(locale.getLanguage()) ? "en" : "de");
        } catch (ServiceProblem problem) {
            if (!problem.badInput()) {
                throw problem;
            }
            FieldErrors.bind(problem, binding, EMAIL_FIELDS);
            return page(subscriber, model);
        }
        redirect.addFlashAttribute("notice", "subscriptions.email.pending");
        return "redirect:/subscriptions";
    }

    private String page(String subscriber, Model model) {
        model.addAttribute("subscriptions", subscriptions.of(subscriber));
        model.addAttribute("channels", new TreeSet<>(Subscription.CHANNELS));
        model.addAttribute("address", subscriptions.emailOf(subscriber).orElse(null));
        return "subscriptions";
    }

    /** The address the person enters. */
    public static class EmailForm {

        private String address;

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }
    }
}
