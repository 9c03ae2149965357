package berlin.gemeinsam.web.account.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import berlin.gemeinsam.web.account.application.PersonalData;
import berlin.gemeinsam.web.layout.web.Viewers;

/**
 * "Meine Daten": the download of everything the unit's services hold about the person (one JSON file), and the
 * erasure, asked for on a page of its own that says what goes and what stays before the person confirms it.
 */
@Controller
class MyDataController {

    private final PersonalData data;

    MyDataController(PersonalData data) {
        this.data = data;
    }

    @GetMapping("/my-data")
    String page() {
        return "my-data";
    }

    @GetMapping("/my-data/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal OidcUser user) {
        String json = data.export(Viewers.required(user).subject());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("gemeinsam-meine-daten.json").build().toString())
                .body(json.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/my-data/erase")
    String confirmErasure() {
        return "my-data-erase";
    }

    @PostMapping("/my-data/erase")
    String erase(@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        data.erase(Viewers.required(user).subject());
        redirect.addFlashAttribute("notice", "myData.erased");
        return "redirect:/my-data";
    }
}
