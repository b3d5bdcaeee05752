package com.yumroad.site.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.storefront.NewStore;
import com.yumroad.site.SellerSignUp;
import com.yumroad.storefront.Store;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerRegistrationTest implements FreshDatabase {

    @Inject
    SellerSignUp sellers;
    @Inject
    Accounts accounts;

    @Test
    void theAccountAndItsStoreOpenTogether() {
        Store store = sellers.signUp(new Registration("maker@example.com", "Maker", "correct horse"),
                new NewStore("Maker's Corner", null));

        assertThat(accounts.find(store.ownerId())).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Maker"));
        assertThat(store.name()).isEqualTo("Maker's Corner");
        assertThat(store.slug()).isEqualTo("maker-s-corner");
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsWritten() throws SQLException {
        long before = count("accounts.users");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> sellers.signUp(
                new Registration("not-an-email", "", "short"), new NewStore("Ab", null)));

        assertThat(refused.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("email", "name", "password", "storeName");
        assertThat(count("accounts.users")).isEqualTo(before);
    }

    @Test
    void aTakenEmailOpensNoStoreAndNoSecondAccount() throws SQLException {
        sellers.signUp(new Registration("taken@example.com", "First", "correct horse"), new NewStore("First Shop", null));
        long users = count("accounts.users");
        long stores = count("storefront.stores");

        ConflictException refused = catchThrowableOfType(ConflictException.class, () -> sellers.signUp(
                new Registration("Taken@Example.com", "Second", "correct horse"), new NewStore("Second Shop", null)));

        assertThat(refused.field()).isEqualTo("email");
        assertThat(count("accounts.users")).isEqualTo(users);
        assertThat(count("storefront.stores")).isEqualTo(stores);
    }

    private long count(String table) throws SQLException {
        try (Connection c = connection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
