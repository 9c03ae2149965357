package berlin.gemeinsam.web.measures.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import berlin.gemeinsam.web.measures.application.Closing;
import berlin.gemeinsam.web.measures.application.MeasuresConsole;

/**
 * Completing or discontinuing a measure, each on a page of its own since both ask for the lessons learned (what
 * worked, what did not, what others should know), a discontinuation also for an optional reason.
 */
@Controller
class ClosingController {

    /** measures-service names the lessons inside {@code lessonsLearned}; the form has them at its top. */
    private static final Map<String, String> CLOSING_FIELDS = Map.of("reason", "reason",
            "lessonsLearned.whatWorked", "whatWorked", "lessonsLearned.whatDidNotWork", "whatDidNotWork",
            "lessonsLearned.whatOthersShouldKnow", "whatOthersShouldKnow");

    private final MeasuresConsole console;

    ClosingController(MeasuresConsole console) {
        this.console = console;
    }

    @GetMapping("/measures/{id}/{change:complete|discontinue}")
    String closing(@PathVariable String id, @PathVariable String change, Model model) {
        model.addAttribute("closing", new ClosingForm());
        return page(id, change, model);
    }

    @PostMapping("/measures/{id}/{change:complete|discontinue}")
    String close(@PathVariable String id, @PathVariable String change, @ModelAttribute("closing") ClosingForm form,
                 BindingResult binding, Model model, RedirectAttributes redirect) {
        return Changes.send(Changes.pathOf(id), "measures.changed." + change, CLOSING_FIELDS, binding, redirect,
                () -> page(id, change, model),
                () -> console.close(id, form.getVersion(), change, new Closing(form.getReason(),
                        form.getWhatWorked(), form.getWhatDidNotWork(), form.getWhatOthersShouldKnow())));
    }

    private String page(String id, String change, Model model) {
        model.addAttribute("page", console.get(id));
        model.addAttribute("change", change);
        return "measure-close";
    }
}
