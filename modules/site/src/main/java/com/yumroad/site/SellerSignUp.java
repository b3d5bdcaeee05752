package com.yumroad.site;

import com.yumroad.accounts.Registration;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;

/**
 * Sign-up on the web: the account and its store open together, in one transaction, or neither does.
 * Every field is checked before anything is written, so all errors come back at once: InvalidInputException with
 * fields {@code email}, {@code name}, {@code password} (the account's) and {@code storeName}; ConflictException on
 * {@code email} when the address is taken.
 */
public interface SellerSignUp {

    /** The store opened for the new account; its {@code ownerId} is the new user's id. */
    Store signUp(Registration account, NewStore store);
}
