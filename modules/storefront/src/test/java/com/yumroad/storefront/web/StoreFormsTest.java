package com.yumroad.storefront.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The store forms say "please fix the fields below" above the fields, as every other form does, only when refused. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class StoreFormsTest implements FreshDatabase {

    static final String PASSWORD = "correct horse";
    static final String SUMMARY = "Please fix the fields marked below.";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;

    @Test
    void theStoreSettingsFormSummarisesItsErrorsAboveTheFields() {
        long owner = accounts.register(new Registration("settings@example.com", "Owner", PASSWORD)).id();
        storefront.open(owner, new NewStore("Settings Shop", null));
        WebSession session = new WebSession(client).logIn("settings@example.com", PASSWORD);

        assertThat(session.get("/dashboard/store").body()).doesNotContain(SUMMARY);
        HttpResponse<String> refused = session.post("/dashboard/store", Map.of("name", "ab", "description", "x"));

        assertThat(refused.code()).isEqualTo(422);
        String page = refused.body();
        assertThat(page).contains("id=\"form-errors\"", "role=\"alert\"", SUMMARY, "id=\"name-error\"");
        assertThat(page.indexOf(SUMMARY)).as("the summary comes before the fields").isLessThan(page.indexOf("id=\"name\""));
        assertThat(storefront.ofOwner(owner).orElseThrow().name()).isEqualTo("Settings Shop");
    }

    @Test
    void theOpenStoreFormSummarisesItsErrorsToo() {
        accounts.register(new Registration("opener@example.com", "Opener", PASSWORD));
        WebSession session = new WebSession(client).logIn("opener@example.com", PASSWORD);

        assertThat(session.get("/dashboard/store/open").body()).doesNotContain(SUMMARY);
        HttpResponse<String> refused = session.post("/dashboard/store/open", Map.of("name", "ab", "description", ""));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"form-errors\"", SUMMARY, "id=\"name-error\"");
    }
}
