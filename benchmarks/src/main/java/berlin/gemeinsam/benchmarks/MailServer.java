package berlin.gemeinsam.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The REST API of the local stack's mail server (GreenMail standalone): who got mail and what. GreenMail makes a
 * mailbox for every address it takes a mail for, so after a {@link #reset()} the number of its users is the number
 * of addresses that got a mail since, read in one call.
 */
final class MailServer {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final String baseUrl;

    private MailServer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static MailServer on(int apiPort) {
        return new MailServer("http://127.0.0.1:" + apiPort);
    }

    boolean isReady() {
        return Http.answersOk(baseUrl + "/api/service/readiness");
    }

    /** How many addresses have a mailbox: since the last reset, how many got a mail. */
    int mailboxes() {
        HttpResponse<String> response = send(request("/api/user").GET().build());
        expect(response, "list the mailboxes");
        return JSON.readTree(response.body()).size();
    }

    /** The mails of the address, each as its raw MIME text; none when no mail came for it. */
    List<Mail> mailsOf(String address) {
        HttpResponse<String> response = send(request("/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages").GET().build());
        if (response.statusCode() == 400 || response.statusCode() == 404) {
            return List.of();
        }
        expect(response, "read the mails of " + address);
        List<Mail> mails = new ArrayList<>();
        for (JsonNode mail : JSON.readTree(response.body())) {
            mails.add(new Mail(mail.path("messageId").asString(), mail.path("mimeMessage").asString()));
        }
        return mails;
    }

    /** Restarts the server with no mailboxes and no mails. */
    void reset() {
        expect(send(request("/api/service/reset").POST(HttpRequest.BodyPublishers.noBody()).build()),
                "reset the mail server");
    }

    /** A mail as GreenMail keeps it. */
    record Mail(String messageId, String mime) {

        /** The text with quoted-printable's soft line breaks taken out, so a long link reads as one. */
        String unfolded() {
            return mime.replace("=\r\n", "").replace("=\n", "");
        }
    }

    private HttpRequest.Builder request(String path) {
        return Http.request(baseUrl + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return Http.send(request);
    }

    private static void expect(HttpResponse<String> response, String what) {
        Http.expect(response, 200, what);
    }
}
