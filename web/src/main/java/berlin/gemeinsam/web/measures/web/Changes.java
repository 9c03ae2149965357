package berlin.gemeinsam.web.measures.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import berlin.gemeinsam.web.layout.web.FieldErrors;
import berlin.gemeinsam.web.services.application.ServiceProblem;

/**
 * How every page of a measure sends a change: meant for the version the page read. When the measure changed
 * meanwhile (412) the page is shown again with the measure as it is now and says so; what measures-service refuses
 * (400) stands beside the form's field it names; anything else becomes the problem page. A change made goes to
 * {@code back} (a path of the site) with a notice.
 */
final class Changes {

    private Changes() {
    }

    static String send(String back, String notice, Map<String, String> fields, BindingResult binding,
                       RedirectAttributes redirect, Supplier<String> again, Runnable change) {
        try {
            change.run();
        } catch (ServiceProblem problem) {
            if (problem.status() == 412) {
                binding.reject("measures.changedMeanwhile");
            } else if (problem.badInput()) {
                FieldErrors.bind(problem, binding, fields);
            } else {
                throw problem;
            }
            return again.get();
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + back;
    }

    /** The measure's page. */
    static String pathOf(String id) {
        return "/measures/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /** Fields named alike by the form and by measures-service. */
    static Map<String, String> same(String... fields) {
        Map<String, String> same = new HashMap<>();
        for (String field : fields) {
            same.put(field, field);
        }
        return Map.copyOf(same);
    }
}
