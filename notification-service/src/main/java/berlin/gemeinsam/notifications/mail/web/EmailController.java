package berlin.gemeinsam.notifications.mail.web;

import berlin.gemeinsam.notifications.mail.application.EmailAddresses;
import berlin.gemeinsam.notifications.mail.application.Unsubscribing;
import berlin.gemeinsam.notifications.mail.domain.LinkExpiredException;
import berlin.gemeinsam.notifications.subscriptions.domain.Language;
import berlin.gemeinsam.platform.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subscriber's e-mail address with double opt-in, and the links in the mails: confirming an address and the
 * one-click unsubscribe, both without login.
 */
@RestController
@RequestMapping("/api/v1")
class EmailController {

    private final EmailAddresses addresses;
    private final Unsubscribing unsubscribing;
    private final Problems problems;

    EmailController(EmailAddresses addresses, Unsubscribing unsubscribing, Problems problems) {
        this.addresses = addresses;
        this.unsubscribing = unsubscribing;
        this.problems = problems;
    }

    /** Keeps the address unconfirmed and sends it the confirmation mail; 202: confirmed only by its link. */
    @PutMapping("/subscribers/{subscriberId}/email")
    ResponseEntity<EmailView> give(@PathVariable @Size(max = 100) String subscriberId,
                                   @Valid @RequestBody EmailRequest request) {
        addresses.give(subscriberId, request.address(), request.language() == null ? Language.DEFAULT : request.language());
        return ResponseEntity.accepted().body(new EmailView(false));
    }

    @PostMapping("/email-confirmations/{token}")
    ResponseEntity<EmailView> confirm(@PathVariable @Size(max = 100) String token) {
        addresses.confirm(token);
        return ResponseEntity.ok(new EmailView(true));
    }

    /** RFC 8058: the mail program posts {@code List-Unsubscribe=One-Click}; the link alone says what to stop. */
    @PostMapping("/unsubscribe/{token}")
    ResponseEntity<Void> unsubscribe(@PathVariable @Size(max = 100) String token) {
        unsubscribing.unsubscribe(token);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(LinkExpiredException.class)
    ResponseEntity<ProblemDetail> expired(HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.GONE, "link-expired", problems.localeOf(request));
        problem.setInstance(Problems.instanceOf(request));
        return ResponseEntity.status(HttpStatus.GONE).body(problem);
    }

    record EmailRequest(
            @NotBlank @Email @Size(max = 254) String address,
            @Pattern(regexp = "de|en") String language) {
    }

    /** Whether the address is confirmed; the address itself is not repeated. */
    record EmailView(boolean confirmed) {
    }
}
