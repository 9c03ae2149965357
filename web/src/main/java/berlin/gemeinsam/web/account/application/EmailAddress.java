package berlin.gemeinsam.web.account.application;

/** The e-mail address a person gave for their mails, and whether they confirmed it through its link. */
public record EmailAddress(String address, boolean confirmed) {
}
