package berlin.gemeinsam.notifications.webhooks.domain;

/** Why a webhook URL is not called. */
public enum UrlRejection {
    /** Not an absolute http(s) URL with a host, or with credentials or a fragment in it. */
    INVALID,
    /** Not https (plain http only to loopback, and only where loopback is allowed). */
    NOT_HTTPS,
    /** Its host name resolves to no address. */
    UNRESOLVABLE,
    /** Its host resolves to an address of the own network or machine (SSRF). */
    FORBIDDEN_ADDRESS
}
