package berlin.gemeinsam.web.measures.web;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import berlin.gemeinsam.web.measures.application.Mandate;
import berlin.gemeinsam.web.measures.application.MeasuresConsole;
import berlin.gemeinsam.web.measures.application.NewMandate;
import berlin.gemeinsam.web.measures.application.VersionedMeasure;

/**
 * A measure's mandate on a page of its own: who is responsible, the budget planned and spent, the staff capacity and
 * the competences granted, filled in as granted so far. Sending it replaces the mandate (measures-service's PUT),
 * for the version the page read.
 */
@Controller
class MandateController {

    private static final Map<String, String> MANDATE_FIELDS = Changes.same("responsibleRole", "budgetPlanned",
            "budgetSpent", "staffCapacityPersonDays", "competencesGranted");

    private final MeasuresConsole console;

    MandateController(MeasuresConsole console) {
        this.console = console;
    }

    @GetMapping("/measures/{id}/mandate")
    String mandate(@PathVariable String id, Model model) {
        VersionedMeasure read = console.get(id);
        Mandate granted = read.measure().mandate();
        MandateForm form = new MandateForm();
        if (granted != null) {
            form.setResponsibleRole(granted.responsibleRole());
            form.setBudgetPlanned(plain(granted.budgetPlanned()));
            form.setBudgetSpent(plain(granted.budgetSpent()));
            form.setStaffCapacityPersonDays(plain(granted.staffCapacityPersonDays()));
            form.setCompetencesGranted(granted.competencesGranted());
        }
        model.addAttribute("mandate", form);
        return page(read, model);
    }

    @PostMapping("/measures/{id}/mandate")
    String entrust(@PathVariable String id, @ModelAttribute("mandate") MandateForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        return Changes.send(Changes.pathOf(id), "measures.mandateChanged", MANDATE_FIELDS, binding, redirect,
                () -> page(console.get(id), model),
                () -> console.entrust(id, form.getVersion(), new NewMandate(form.getResponsibleRole(),
                        form.getBudgetPlanned(), form.getBudgetSpent(), form.getStaffCapacityPersonDays(),
                        form.getCompetencesGranted())));
    }

    private static String page(VersionedMeasure read, Model model) {
        model.addAttribute("page", read);
        return "measure-mandate";
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
