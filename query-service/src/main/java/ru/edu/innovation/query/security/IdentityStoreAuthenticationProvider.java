package ru.edu.innovation.query.security;

import org.springframework.security.core.Authentication;
import ru.edu.innovation.platform.identity.IdentityStore;
import ru.edu.innovation.platform.identity.VerifiedLoginProvider;
import ru.edu.innovation.platform.identity.VerifiedLogins;

/**
 * HTTP Basic against the users command-service keeps in Camunda's identity tables of the shared
 * database ({@link IdentityStore}), so one login works for the command API, Tasklist and this read API.
 */
public class IdentityStoreAuthenticationProvider extends VerifiedLoginProvider {

    private final IdentityStore identityStore;

    public IdentityStoreAuthenticationProvider(IdentityStore identityStore, VerifiedLogins<Authentication> verified) {
        super(verified);
        this.identityStore = identityStore;
    }

    @Override
    protected Authentication verify(String userId, String password) {
        IdentityStore.Member member = identityStore.verify(userId, password);
        return authenticated(new Reader(member.userId(), member.organizationId(), member.roles()), member.roles());
    }
}
