package io.creditdesk.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void roundTripWithTheDefaultWorkFactor() {
        PasswordHasher h = new PasswordHasher();
        String stored = h.hash("correct horse".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$600000$");
        assertThat(stored.split("\\$")).hasSize(4);
        assertThat(h.verify("correct horse".toCharArray(), stored)).isTrue();
        assertThat(h.verify("correct horsf".toCharArray(), stored)).isFalse();
    }

    @Test
    void wrongPasswordEmptyPasswordAndMalformedHashesFail() {
        PasswordHasher h = new PasswordHasher(1_000, new SecureRandom());
        String stored = h.hash("demo".toCharArray());
        assertThat(h.verify("Demo".toCharArray(), stored)).isFalse();
        assertThat(h.verify(new char[0], stored)).isFalse();
        assertThat(h.verify("demo".toCharArray(), PasswordHasher.NOT_SET)).isFalse();
        assertThat(h.verify("demo".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(h.verify("demo".toCharArray(), null)).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        PasswordHasher h = new PasswordHasher(1_000, new SecureRandom());
        String a = h.hash("demo".toCharArray());
        String b = h.hash("demo".toCharArray());
        assertThat(a).isNotEqualTo(b);
        assertThat(h.verify("demo".toCharArray(), a)).isTrue();
        assertThat(h.verify("demo".toCharArray(), b)).isTrue();
    }

    @Test
    void verificationUsesTheIterationsStoredInTheHash() {
        String stored = new PasswordHasher(1_234, new SecureRandom()).hash("demo".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$1234$");
        assertThat(new PasswordHasher(5, new SecureRandom()).verify("demo".toCharArray(), stored)).isTrue();
    }
}
