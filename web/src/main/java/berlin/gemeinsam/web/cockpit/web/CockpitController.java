package berlin.gemeinsam.web.cockpit.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import berlin.gemeinsam.web.cockpit.application.Cockpit;

/**
 * The central office's cockpit: the portfolio of every unit's measures, the ideas per unit and field of action, the
 * helix balance and the streams' health, each read from its central source; a source that does not answer is said
 * so in its part, and the others show.
 */
@Controller
class CockpitController {

    private final Cockpit cockpit;
    private final String monitorLink;

    CockpitController(Cockpit cockpit, @Value("${gemeinsam.web.monitor-link}") String monitorLink) {
        this.cockpit = cockpit;
        this.monitorLink = monitorLink.endsWith("/") ? monitorLink.substring(0, monitorLink.length() - 1)
                : monitorLink;
    }

    @GetMapping("/cockpit")
    String cockpit(Model model) {
        Cockpit.Overview overview = cockpit.overview();
        model.addAttribute("portfolio", overview.portfolio());
        model.addAttribute("ideas", overview.ideas());
        model.addAttribute("helix", overview.helix());
        model.addAttribute("streams", overview.streams());
        model.addAttribute("monitorLink", monitorLink);
        model.addAttribute("bars", Bars.SCALE);
        return "cockpit";
    }
}
