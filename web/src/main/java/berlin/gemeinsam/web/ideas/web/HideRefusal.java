package berlin.gemeinsam.web.ideas.web;

import berlin.gemeinsam.web.services.application.ServiceProblem;

/**
 * A moderator's hiding of a comment that participation-service refused as bad input: which comment's form it was,
 * the reason as typed, and what is wrong with it, shown beside that form's field.
 */
record HideRefusal(String commentId, String reason, String message) {

    static HideRefusal of(String commentId, String reason, ServiceProblem problem) {
        String message = problem.fields().stream().map(ServiceProblem.FieldProblem::message).findFirst()
                .orElse(problem.detail() == null ? problem.title() : problem.detail());
        return new HideRefusal(commentId, reason, message);
    }
}
