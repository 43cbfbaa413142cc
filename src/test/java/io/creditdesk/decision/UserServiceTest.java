package io.creditdesk.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;

import io.creditdesk.DecisionModule;
import io.creditdesk.store.Database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserServiceTest {
    @TempDir
    Path dir;

    @Test
    void demoUsersSignInWithDemoAndHaveTheirRoles() {
        try (DecisionFixture f = new DecisionFixture(dir)) {
            assertThat(f.signIn("uw").role()).isEqualTo(Role.UNDERWRITER);
            assertThat(f.signIn("senior").role()).isEqualTo(Role.SENIOR_UNDERWRITER);
            assertThat(f.signIn("manager").role()).isEqualTo(Role.CREDIT_MANAGER);
            assertThat(f.signIn("admin").role()).isEqualTo(Role.ADMIN);
            assertThat(f.signIn("uw").mustChangePassword()).isFalse();
            f.module.users().ensureDemoUsers();
            assertThat(f.module.users().list()).hasSize(5);
        }
    }

    @Test
    void demoUsersFillInAMissingPasswordAndKeepTheOthersHashesAndJournalOncePerChange() {
        try (Database db = Database.open(dir.resolve("mixed"))) {
            UserService users = new DecisionModule(db, DecisionFixture.CLOCK, AuthorityPolicy.defaults(),
                    new PasswordHasher(1_000, new SecureRandom())).users();
            users.ensureInitialAdmin();
            users.ensureDemoUsers();
            String sql = "SELECT username || ' ' || password_hash FROM app_user ORDER BY username";
            java.util.List<String> hashes = db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
            users.ensureDemoUsers();
            java.util.List<String> again = db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
            assertThat(again).isEqualTo(hashes).hasSize(5);
            assertThat(users.authenticate("admin", "demo".toCharArray()).role()).isEqualTo(Role.ADMIN);
            assertThat(users.authenticate("analyst", "demo".toCharArray()).role()).isEqualTo(Role.RISK_ANALYST);
            // the admin created without a password, its demo password, four demo users created
            JournalVerification v = new DecisionModule(db, DecisionFixture.CLOCK).journalVerifier().verify();
            assertThat(v.ok()).isTrue();
            assertThat(v.entries()).isEqualTo(6);
        }
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameMessage() {
        try (DecisionFixture f = new DecisionFixture(dir)) {
            UserService users = f.module.users();
            assertThatThrownBy(() -> users.authenticate("uw", "wrong".toCharArray()))
                    .isInstanceOf(SignInException.class).hasMessage(SignInException.BAD_CREDENTIALS);
            assertThatThrownBy(() -> users.authenticate("nobody", "demo".toCharArray()))
                    .isInstanceOf(SignInException.class).hasMessage(SignInException.BAD_CREDENTIALS);
        }
    }

    @Test
    void aNewDatabaseHasAnAdminWhoMustChooseAPasswordFirst() {
        try (Database db = Database.open(dir.resolve("real"))) {
            UserService users = new DecisionModule(db, DecisionFixture.CLOCK, AuthorityPolicy.defaults(),
                    new PasswordHasher(1_000, new SecureRandom())).users();
            assertThat(users.ensureInitialAdmin()).isTrue();
            assertThat(users.ensureInitialAdmin()).isFalse();
            assertThatThrownBy(() -> users.authenticate("admin", "".toCharArray()))
                    .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.passwordNotSet()).isTrue());
            assertThatThrownBy(() -> users.setInitialPassword("admin", "short".toCharArray()))
                    .hasMessage("A password needs at least 8 characters.");
            users.setInitialPassword("admin", "s3cret-enough".toCharArray());
            assertThatThrownBy(() -> users.setInitialPassword("admin", "another-one".toCharArray()))
                    .isInstanceOf(DecisionRefusedException.class);
            Principal admin = users.authenticate("admin", "s3cret-enough".toCharArray());
            assertThat(admin.role()).isEqualTo(Role.ADMIN);

            users.addUser(admin, "li.wei", "Li Wei", Role.UNDERWRITER, "temporary-1".toCharArray());
            Principal li = users.authenticate("li.wei", "temporary-1".toCharArray());
            assertThat(li.mustChangePassword()).isTrue();
            assertThatThrownBy(() -> users.addUser(li, "x1", null, Role.ADMIN, "whatever-12".toCharArray()))
                    .hasMessage("Only an admin can manage users.");
            users.changePassword("li.wei", "temporary-1".toCharArray(), "my-own-pass".toCharArray());
            assertThat(users.authenticate("li.wei", "my-own-pass".toCharArray()).mustChangePassword()).isFalse();
            assertThatThrownBy(() -> users.authenticate("li.wei", "temporary-1".toCharArray()))
                    .hasMessage(SignInException.BAD_CREDENTIALS);
            // every user change is journaled (never the password) and the chain holds
            JournalVerification v = new DecisionModule(db, DecisionFixture.CLOCK).journalVerifier().verify();
            assertThat(v.ok()).isTrue();
            assertThat(v.entries()).isEqualTo(4);
        }
    }

    @Test
    void aUserWhoMustChangeTheirPasswordCannotDecide() {
        try (DecisionFixture f = new DecisionFixture(dir)) {
            Principal admin = f.signIn("admin");
            f.module.users().resetPassword(admin, "uw", "temporary-2".toCharArray());
            Principal uw = f.module.users().authenticate("uw", "temporary-2".toCharArray());
            f.application(1, io.creditdesk.loan.ApplicationStatus.IN_REVIEW, "1000.00");
            assertThatThrownBy(() -> f.module.decisions().decide(uw, DecisionRequest.approve(1)))
                    .hasMessageStartingWith("Choose a new password before deciding");
        }
    }
}
