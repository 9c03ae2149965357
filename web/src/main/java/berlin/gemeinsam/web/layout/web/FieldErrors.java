package berlin.gemeinsam.web.layout.web;

import java.util.List;
import java.util.Map;
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

    /**
     * As {@link #bind(ServiceProblem, BindingResult, Set)} for a form whose fields are named other than the service's:
     * {@code formFieldOf} maps a field as the service names it ({@code mandate.budgetPlanned}) to the form's field.
     */
    public static void bind(ServiceProblem problem, BindingResult form, Map<String, String> formFieldOf) {
        List<ServiceProblem.FieldProblem> renamed = problem.fields().stream()
                .map(field -> new ServiceProblem.FieldProblem(formFieldOf.getOrDefault(field.field(), field.field()),
                        field.message()))
                .toList();
        bind(new ServiceProblem(problem.status(), problem.title(), problem.detail(), renamed), form,
                Set.copyOf(formFieldOf.values()));
    }
}
