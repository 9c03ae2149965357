package berlin.gemeinsam.web.measures.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import berlin.gemeinsam.web.layout.web.FieldErrors;
import berlin.gemeinsam.web.measures.application.Indicator;
import berlin.gemeinsam.web.measures.application.MeasuresConsole;
import berlin.gemeinsam.web.measures.application.NewIndicator;
import berlin.gemeinsam.web.measures.application.NewMeasure;
import berlin.gemeinsam.web.measures.application.NewMilestone;
import berlin.gemeinsam.web.measures.application.ReportedValue;
import berlin.gemeinsam.web.measures.application.VersionedMeasure;
import berlin.gemeinsam.web.services.application.ServiceProblem;

/**
 * The unit admins' measures console: the unit's measures, proposing one (from an idea or on its own), and a
 * measure's page with its milestones, its indicators (each value reported drawn over time against the target) and
 * the lifecycle changes its status allows. Every change is meant for the version the page read; when the measure
 * changed meanwhile (412) the page shows it as it is now and says so. What measures-service refuses is named beside
 * the field of the form it came from.
 */
@Controller
class MeasuresController {

    /** The proposal's fields as measures-service names them, onto the form's. */
    private static final Map<String, String> PROPOSAL_FIELDS = Map.of(
            "title", "title", "goal", "goal", "type", "type", "sourceIdeaId", "sourceIdeaId",
            "mandate.responsibleRole", "responsibleRole", "mandate.budgetPlanned", "budgetPlanned",
            "mandate.staffCapacityPersonDays", "staffCapacityPersonDays",
            "mandate.competencesGranted", "competencesGranted");

    private static final Map<String, String> MILESTONE_FIELDS = Changes.same("title", "dueDate", "doneDate");
    private static final Map<String, String> INDICATOR_FIELDS = Changes.same("name", "unitOfMeasurement", "baseline",
            "target", "targetDate", "direction");
    private static final Map<String, String> VALUE_FIELDS = Changes.same("value", "date", "source", "note");
    private static final Map<String, String> CHANGE_FIELDS = Changes.same("reason");

    private final MeasuresConsole console;

    MeasuresController(MeasuresConsole console) {
        this.console = console;
    }

    @GetMapping("/measures")
    String list(Model model) {
        model.addAttribute("measures", console.list());
        model.addAttribute("today", console.today());
        return "measures";
    }

    @GetMapping("/measures/new")
    String proposal(@RequestParam(required = false) String idea, @ModelAttribute("measure") MeasureForm form) {
        form.setSourceIdeaId(idea);
        form.setType("DECENTRAL");
        return "measure-new";
    }

    @PostMapping("/measures")
    String propose(@ModelAttribute("measure") MeasureForm form, BindingResult binding, RedirectAttributes redirect) {
        String id;
        try {
            id = console.propose(new NewMeasure(form.getTitle(), form.getGoal(), form.getType(),
                    form.getSourceIdeaId(), form.getResponsibleRole(), form.getBudgetPlanned(),
                    form.getStaffCapacityPersonDays(), form.getCompetencesGranted()));
        } catch (ServiceProblem problem) {
            if (!problem.badInput()) {
                throw problem;
            }
            FieldErrors.bind(problem, binding, PROPOSAL_FIELDS);
            return "measure-new";
        }
        redirect.addFlashAttribute("notice", "measures.proposed");
        return "redirect:" + Changes.pathOf(id);
    }

    @GetMapping("/measures/{id}")
    String measure(@PathVariable String id, Model model, Locale locale) {
        return page(id, model, locale);
    }

    @PostMapping("/measures/{id}/milestones")
    String addMilestone(@PathVariable String id, @ModelAttribute("milestone") MilestoneForm form,
                        BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        return Changes.send(Changes.pathOf(id), "measures.milestoneAdded", MILESTONE_FIELDS, binding, redirect,
                () -> page(id, model, locale),
                () -> console.addMilestone(id, form.getVersion(),
                        new NewMilestone(form.getTitle(), form.getDueDate(), form.getDoneDate())));
    }

    @PostMapping("/measures/{id}/indicators")
    String addIndicator(@PathVariable String id, @ModelAttribute("indicator") IndicatorForm form,
                        BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        return Changes.send(Changes.pathOf(id), "measures.indicatorAdded", INDICATOR_FIELDS, binding, redirect,
                () -> page(id, model, locale),
                () -> console.addIndicator(id, form.getVersion(), new NewIndicator(form.getName(),
                        form.getUnitOfMeasurement(), form.getBaseline(), form.getTarget(), form.getTargetDate(),
                        form.getDirection())));
    }

    @PostMapping("/measures/{id}/values")
    String reportValue(@PathVariable String id, @ModelAttribute("report") ValueForm form, BindingResult binding,
                       Model model, Locale locale, RedirectAttributes redirect) {
        return Changes.send(Changes.pathOf(id), "measures.valueReported", VALUE_FIELDS, binding, redirect,
                () -> page(id, model, locale),
                () -> console.reportValue(id, form.getVersion(), form.getIndicatorId(),
                        new ReportedValue(form.getValue(), form.getDate(), form.getSource(), form.getNote())));
    }

    @PostMapping("/measures/{id}/{change:plan|start-implementation|start-pilot|hold|resume}")
    String lifecycle(@PathVariable String id, @PathVariable String change, @ModelAttribute("change") ChangeForm form,
                     BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        return Changes.send(Changes.pathOf(id), "measures.changed." + change, CHANGE_FIELDS, binding, redirect,
                () -> page(id, model, locale),
                () -> console.change(id, form.getVersion(), change, form.getReason()));
    }

    /** The measure as it is now, with a fresh form for every form that was not just sent. */
    private String page(String id, Model model, Locale locale) {
        VersionedMeasure read = console.get(id);
        Map<String, IndicatorChart> charts = new HashMap<>();
        for (Indicator indicator : read.measure().indicators()) {
            IndicatorChart chart = IndicatorChart.of(indicator, locale);
            if (chart != null) {
                charts.put(indicator.id(), chart);
            }
        }
        model.addAttribute("page", new MeasurePage(read.measure(), read.version(), charts,
                console.offeredChanges(read.measure()), console.offeredClosings(read.measure()),
                console.reviewOverdue(read.measure())));
        if (!model.containsAttribute("milestone")) {
            model.addAttribute("milestone", new MilestoneForm());
        }
        if (!model.containsAttribute("indicator")) {
            IndicatorForm indicator = new IndicatorForm();
            indicator.setDirection("HIGHER_IS_BETTER");
            model.addAttribute("indicator", indicator);
        }
        if (!model.containsAttribute("report")) {
            model.addAttribute("report", new ValueForm());
        }
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", new ChangeForm());
        }
        return "measure";
    }
}
