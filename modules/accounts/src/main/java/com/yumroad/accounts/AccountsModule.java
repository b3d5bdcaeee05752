package com.yumroad.accounts;

import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.util.Set;

/** Users: sign-up, log-in, profile, account deletion. Depends on no other module. */
@Singleton
public final class AccountsModule implements ApplicationModule {

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of();
    }
}
