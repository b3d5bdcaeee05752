package com.yumroad.accounts.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.UserDeleted;
import com.yumroad.accounts.UserRegistered;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountManagementTest implements FreshDatabase {

    @Singleton
    static class Announcements {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(UserRegistered event) {
            events.add(event);
        }

        @EventListener
        void on(UserDeleted event) {
            events.add(event);
        }
    }

    @Inject
    Accounts accounts;
    @Inject
    UserRepository users;
    @Inject
    PasswordHasher hasher;
    @Inject
    Announcements announcements;

    @Test
    void registrationStoresTheEmailTrimmedAndLowerCasedAndAnnouncesTheUser() {
        UserSummary user = accounts.register(new Registration("  Ada@Example.COM ", " Ada ", "correct horse"));

        assertThat(user.email()).isEqualTo("ada@example.com");
        assertThat(user.name()).isEqualTo("Ada");
        assertThat(users.findById(user.id())).get().extracting(User::email).isEqualTo("ada@example.com");
        assertThat(announcements.events).contains(new UserRegistered(user.id(), "ada@example.com", "Ada"));
    }

    @Test
    void anEmailIsTakenWhateverItsCase() {
        accounts.register(new Registration("grace@example.com", "Grace", "correct horse"));
        long before = users.count();

        assertThatThrownBy(() -> accounts.register(new Registration("GRACE@example.com ", "Other", "battery staple")))
                .isInstanceOf(ConflictException.class);
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void theStoredHashIsArgon2idAndVerifiesOnlyTheRightPassword() {
        UserSummary user = accounts.register(new Registration("linus@example.com", "Linus", "correct horse"));
        String hash = users.findById(user.id()).orElseThrow().passwordHash();

        assertThat(hash).startsWith("$argon2id$v=19$m=7168,t=5,p=1$").doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("wrong horse", hash)).isFalse();
        assertThat(accounts.authenticate(" LINUS@example.com", "correct horse")).contains(user);
        assertThat(accounts.authenticate("linus@example.com", "wrong horse")).isEmpty();
        assertThat(accounts.authenticate("nobody@example.com", "correct horse")).isEmpty();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        long before = users.count();

        assertThatThrownBy(() -> accounts.register(new Registration("not-an-email", "  ", "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("email", "name", "password"));
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void summariesAnswerForManyUsersAtOnce() {
        UserSummary a = accounts.register(new Registration("a@example.com", "A", "correct horse"));
        UserSummary b = accounts.register(new Registration("b@example.com", "B", "correct horse"));

        assertThat(accounts.summaries(List.of(a.id(), b.id(), -1L))).containsOnlyKeys(a.id(), b.id())
                .containsEntry(b.id(), b);
    }

    @Test
    void deletingAUserAnnouncesItAndRemovesTheRow() {
        UserSummary user = accounts.register(new Registration("gone@example.com", "Gone", "correct horse"));

        accounts.delete(user.id());

        assertThat(announcements.events).contains(new UserDeleted(user.id()));
        assertThat(accounts.find(user.id())).isEmpty();
    }
}
