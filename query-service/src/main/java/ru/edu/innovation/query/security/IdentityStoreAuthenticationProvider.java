package ru.edu.innovation.query.security;

import org.springframework.security.core.Authentication;
import ru.edu.innovation.platform.identity.IdentityStore;
import ru.edu.innovation.platform.identity.VerifiedLoginProvider;
import ru.edu.innovation.platform.identity.VerifiedLogins;
import ru.edu.innovation.platform.region.Regions;

/**
 * HTTP Basic against the users command-service keeps in Camunda's identity tables of the shared
 * database ({@link IdentityStore}), so one login works for the command API, Tasklist and this read API.
 */
public class IdentityStoreAuthenticationProvider extends VerifiedLoginProvider {

    private final IdentityStore identityStore;
    private final Regions regions;

    public IdentityStoreAuthenticationProvider(IdentityStore identityStore, VerifiedLogins<Authentication> verified,
                                               Regions regions) {
        super(verified);
        this.identityStore = identityStore;
        this.regions = regions;
    }

    @Override
    protected Authentication verify(String userId, String password) {
        IdentityStore.Member member = identityStore.verify(userId, password);
        return authenticated(Reader.of(member.userId(), member.organizationId(), member.roles(), regions), member.roles());
    }
}
