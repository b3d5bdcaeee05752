package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
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

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class AccountPagesTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;

    @Test
    void renamingShowsTheNewNameWithAMessage() {
        long id = accounts.register(new Registration("rename@example.com", "Old Name", "correct horse")).id();
        WebSession me = new WebSession(client).logIn("rename@example.com", "correct horse");

        HttpResponse<String> saved = me.post("/account/name", Map.of("name", "New Name"));

        assertThat(saved.code()).isEqualTo(303);
        assertThat(me.get("/account").body()).contains("Your name is saved.", "value=\"New Name\"");
        assertThat(accounts.find(id).orElseThrow().name()).isEqualTo("New Name");
    }

    @Test
    void aWrongCurrentPasswordIsShownBesideItsFieldAndNoPasswordIsEchoed() {
        accounts.register(new Registration("password@example.com", "Pat", "correct horse"));
        WebSession me = new WebSession(client).logIn("password@example.com", "correct horse");

        HttpResponse<String> refused = me.post("/account/password",
                Map.of("currentPassword", "wrong horse", "newPassword", "battery staple"));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"currentPassword-error\"", "Current password is not right",
                "aria-describedby=\"currentPassword-error\"").doesNotContain("wrong horse", "battery staple");
        assertThat(accounts.authenticate("password@example.com", "correct horse")).isPresent();
    }

    @Test
    void deletingTheAccountAsksFirstThenLogsOut() {
        long id = accounts.register(new Registration("leaving@example.com", "Lee", "correct horse")).id();
        WebSession me = new WebSession(client).logIn("leaving@example.com", "correct horse");

        assertThat(me.get("/account/delete").body()).contains("Yes, delete my account", "leaving@example.com");
        assertThat(me.postExactly("/account/delete", Map.of()).code()).isEqualTo(403);
        assertThat(accounts.find(id)).isPresent();
        HttpResponse<String> deleted = me.post("/account/delete", Map.of());

        assertThat(deleted.code()).isEqualTo(303);
        assertThat(accounts.find(id)).isEmpty();
        assertThat(me.cookie("JWT")).isEmpty();
        assertThat(me.get("/").body()).contains("Your account, your store and its products are deleted.");
    }
}
