package berlin.gemeinsam.authserver;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import berlin.gemeinsam.authserver.AuthServerProperties.DemoAccount;
import berlin.gemeinsam.authserver.AuthServerProperties.Role;

/**
 * The issuer's login page: a plain form (no script) that names the demo people of the local stack, in German with
 * the English words beside them, accessible like the web module's pages (landmarks, labels, an error announced
 * first).
 */
@Controller
class LoginPage {

    private final AuthServerProperties properties;

    LoginPage(AuthServerProperties properties) {
        this.properties = properties;
    }

    @GetMapping(path = LoginConfiguration.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, HttpServletRequest request) {
        boolean failed = request.getParameter("error") != null;
        String people = properties.accounts().stream()
                .map(account -> "<li><code>" + escape(account.name()) + "</code>: " + describe(account) + "</li>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="de">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Anmelden – Gemeinsam (lokal)</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
                label{display:block;margin-top:1rem;font-weight:bold}
                input{font-size:1rem;padding:.4rem;width:100%%;box-sizing:border-box;border:2px solid #444}
                button{margin-top:1.5rem;font-size:1rem;padding:.5rem 1.5rem;background:#0b4f8a;color:#fff;border:0}
                :focus-visible{outline:3px solid #d4351c;outline-offset:2px}
                .error{border-left:5px solid #b00020;padding:.5rem 1rem;color:#b00020}
                </style>
                </head>
                <body>
                <header><p>Gemeinsam – lokaler Anmeldedienst <span lang="en">(local sign-in)</span></p></header>
                <main>
                <h1>Anmelden</h1>
                %s
                <form method="post" action="/login">
                <input type="hidden" name="%s" value="%s">
                <label for="username">Name <span lang="en">(name)</span></label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Passwort <span lang="en">(password)</span></label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit">Anmelden</button>
                </form>
                <section aria-labelledby="people">
                <h2 id="people">Demo-Personen</h2>
                <p>Nur für die lokale Entwicklung: alle melden sich mit dem Passwort <code>%s</code> an.</p>
                <ul>
                %s
                </ul>
                </section>
                </main>
                </body>
                </html>
                """.formatted(
                failed ? "<div class=\"error\" role=\"alert\"><p>Name oder Passwort ist falsch. "
                        + "<span lang=\"en\">Wrong name or password.</span></p></div>" : "",
                escape(csrf.getParameterName()), escape(csrf.getToken()), escape(properties.demoSecret()), people);
    }

    private static String describe(DemoAccount account) {
        String roles = account.roles().stream().map(LoginPage::german).collect(Collectors.joining(", "));
        return account.unit() == null ? roles : roles + " (" + escape(account.unit()) + ")";
    }

    private static String german(Role role) {
        return switch (role) {
            case CITIZEN -> "Bürgerin oder Bürger";
            case MODERATOR -> "Moderation";
            case UNIT_ADMIN -> "Verwaltung der Einheit";
            case CENTRAL_OFFICE -> "Zentrale Geschäftsstelle";
        };
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
