package com.yumroad.site.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.site.SellerSignUp;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

@Singleton
class SellerRegistration implements SellerSignUp {

    private final Accounts accounts;
    private final Storefront storefront;

    SellerRegistration(Accounts accounts, Storefront storefront) {
        this.accounts = accounts;
        this.storefront = storefront;
    }

    @Override
    @Transactional
    public Store signUp(Registration account, NewStore store) {
        List<FieldError> errors = new ArrayList<>(accounts.check(account));
        storefront.check(store).forEach(e -> errors.add(new FieldError(storeField(e.field()), e.message())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserSummary user = accounts.register(account);
        return storefront.open(user.id(), store);
    }

    private static String storeField(String field) {
        return "store" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
