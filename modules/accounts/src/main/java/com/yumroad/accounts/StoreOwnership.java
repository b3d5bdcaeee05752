package com.yumroad.accounts;

import java.util.Optional;

/**
 * Which store a user owns: a question accounts cannot answer, since stores belong to storefront (which depends on
 * accounts, not the other way round). Storefront provides the bean; without one, users have no store
 * ({@code storeId: null} in the API).
 */
public interface StoreOwnership {

    Optional<Long> storeIdOf(long userId);
}
