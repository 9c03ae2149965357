package berlin.gemeinsam.web.ideas.web;

import java.util.Set;

import org.springframework.validation.BindingResult;

import berlin.gemeinsam.web.services.application.ServiceProblem;

/**
 * A service's 400 onto a form: each field it names that the form has gets its message beside that field; any other
 * (or none) goes to the top of the form.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void bind(ServiceProblem problem, BindingResult form, Set<String> fields) {
        if (problem.fields().isEmpty()) {
            form.reject("service", problem.detail() == null ? problem.title() : problem.detail());
        }
        for (ServiceProblem.FieldProblem field : problem.fields()) {
            String name = field.field().replaceAll("[.\\[].*", "");
            if (fields.contains(name) && !form.hasFieldErrors(name)) {
                form.rejectValue(name, "service", field.message());
            } else if (!fields.contains(name)) {
                form.reject("service", field.message());
            }
        }
    }
}
