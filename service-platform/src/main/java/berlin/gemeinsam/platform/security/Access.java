package berlin.gemeinsam.platform.security;

import berlin.gemeinsam.platform.errors.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/**
 * The checks an endpoint makes beyond "is authenticated": who may act as whom and for which unit. A failed
 * check is an {@link AccessDeniedException}, answered 403; reads of what a caller may not see should answer
 * 404 instead, which the endpoint decides with {@link #caller()}.
 */
public class Access {

    /** The verified caller of the current request, empty for an anonymous one. */
    public Optional<Caller> caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(Tokens.callerOf(token.getToken()));
        }
        return Optional.empty();
    }

    /**
     * A citizen acting as themselves: the participant id of the request must be the token's subject; where
     * the request names none, the subject is it.
     */
    public Caller citizenActingAs(String participantId) {
        Caller caller = authenticated();
        if (!caller.isCitizen()) {
            throw new AccessDeniedException("only citizens act as participants");
        }
        if (participantId != null && !participantId.equals(caller.subject())) {
            throw new AccessDeniedException("a citizen acts only as themselves");
        }
        return caller;
    }

    /**
     * A participant's private data (their feed, their subscriptions): only they read or change it. Anybody
     * else is told it does not exist, so that nobody learns whom another follows.
     */
    public Caller citizenOwning(String participantId, String resource) {
        Caller caller = authenticated();
        if (!caller.isCitizen() || !caller.subject().equals(participantId)) {
            throw new NotFoundException(resource, participantId);
        }
        return caller;
    }

    /**
     * Anybody signed in acting as themselves, whatever their role (a citizen, staff, an organisation): the id the
     * request names must be the token's subject; where the request names none, the subject is it.
     */
    public Caller personActingAs(String subjectId) {
        Caller caller = authenticated();
        if (subjectId != null && !subjectId.equals(caller.subject())) {
            throw new AccessDeniedException("a caller acts only as themselves");
        }
        return caller;
    }

    /**
     * What is private to the person signed in, whatever their role (their feed, their follows): only they read or
     * change it, anybody else is told it does not exist.
     */
    public Caller personOwning(String subjectId, String resource) {
        Caller caller = authenticated();
        if (!caller.subject().equals(subjectId)) {
            throw new NotFoundException(resource, subjectId);
        }
        return caller;
    }

    public Caller moderatorOf(String unitId) {
        Caller caller = authenticated();
        if (!caller.isModeratorOf(unitId)) {
            throw new AccessDeniedException("only moderators of " + unitId + " moderate its ideas");
        }
        return caller;
    }

    public Caller unitAdminOf(String unitId) {
        Caller caller = authenticated();
        if (!caller.isUnitAdminOf(unitId)) {
            throw new AccessDeniedException("only unit admins of " + unitId + " change its measures");
        }
        return caller;
    }

    private Caller authenticated() {
        return caller().orElseThrow(() -> new AccessDeniedException("authentication required"));
    }
}
