package com.yumroad.accounts.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.Sessions;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import static com.yumroad.accounts.web.ApiCalls.body;
import static com.yumroad.accounts.web.ApiCalls.call;
import static com.yumroad.accounts.web.ApiCalls.contentType;
import static com.yumroad.accounts.web.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class TokenApiTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Value("${yumroad.jwt.secret}")
    String signingKey;
    BlockingHttpClient http;
    long userId;

    @BeforeAll
    void aUser() {
        http = client.toBlocking();
        userId = accounts.register(new Registration("holder@example.com", "Holder", "correct horse")).id();
    }

    @Test
    void theRightPasswordGetsAnHs256BearerTokenForAnHour() throws Exception {
        HttpResponse<Map<String, Object>> response = call(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", " HOLDER@example.com", "password", "correct horse")));

        assertThat(response.code()).isEqualTo(200);
        Map<String, Object> token = body(response);
        assertThat(token).containsOnlyKeys("accessToken", "tokenType", "expiresIn")
                .containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 3600);
        SignedJWT jwt = SignedJWT.parse((String) token.get("accessToken"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(Long.toString(userId));
        assertThat(me((String) token.get("accessToken"))).isEqualTo(200);
    }

    @Test
    void aWrongEmailAndAWrongPasswordGetTheSameAnswer() {
        HttpResponse<Map<String, Object>> wrongPassword = call(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", "holder@example.com", "password", "wrong horse")));
        HttpResponse<Map<String, Object>> wrongEmail = call(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", "nobody@example.com", "password", "correct horse")));

        assertThat(wrongPassword.code()).isEqualTo(401);
        assertThat(contentType(wrongPassword)).isEqualTo("application/problem+json");
        assertThat(body(wrongPassword)).containsEntry("detail", "Wrong email or password");
        assertThat(wrongEmail.code()).isEqualTo(wrongPassword.code());
        assertThat(body(wrongEmail)).isEqualTo(body(wrongPassword));
    }

    @Test
    void missingOrOversizedCredentialsAnswer422NamingTheField() {
        HttpResponse<Map<String, Object>> missing = call(http, HttpRequest.POST("/api/v1/auth/token", Map.of()));
        HttpResponse<Map<String, Object>> oversized = call(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", "holder@example.com", "password", "p".repeat(129))));

        assertThat(missing.code()).isEqualTo(422);
        assertThat(body(missing).get("errors").toString()).contains("field=email").contains("field=password");
        assertThat(oversized.code()).isEqualTo(422);
        assertThat(body(oversized).get("errors").toString()).contains("field=password");
    }

    @Test
    void aTokenWeSignWithTheKeyIsAcceptedSoTheRefusalsBelowAreAboutWhatTheyChange() throws Exception {
        assertThat(me(signed(JWSAlgorithm.HS256, key(), Instant.now().plusSeconds(600)))).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertThat(me(signed(JWSAlgorithm.HS256, key(), Instant.now().minusSeconds(60)))).isEqualTo(401);
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = token(http, "holder@example.com", "correct horse").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"" + userId + "\"", "\"sub\":\"" + (userId + 1) + "\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(payload).contains("\"sub\":\"" + (userId + 1) + "\"");
        assertThat(me(forged)).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        String none = new PlainJWT(claims(Instant.now().plusSeconds(600))).serialize();

        assertThat(none.split("\\.", -1)[2]).isEmpty();
        assertThat(me(none)).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyOrAnotherAlgorithmIsRefused() throws Exception {
        byte[] otherKey = new byte[64];
        new SecureRandom().nextBytes(otherKey);

        assertThat(me(signed(JWSAlgorithm.HS256, otherKey, Instant.now().plusSeconds(600)))).isEqualTo(401);
        assertThat(me(signed(JWSAlgorithm.HS512, key(), Instant.now().plusSeconds(600)))).isEqualTo(401);
    }

    @Test
    void theWebCookieDoesNotAuthenticateTheApi() {
        String token = token(http, "holder@example.com", "correct horse");

        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").cookie(io.micronaut.http.cookie.Cookie.of("JWT", token)))
                .code()).isEqualTo(401);
    }

    private int me(String token) {
        return call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(token)).code();
    }

    private byte[] key() {
        return signingKey.getBytes(StandardCharsets.UTF_8);
    }

    private String signed(JWSAlgorithm algorithm, byte[] key, Instant expiry) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims(expiry));
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private JWTClaimsSet claims(Instant expiry) {
        return new JWTClaimsSet.Builder().subject(Long.toString(userId)).claim(Sessions.VERSION_CLAIM, 0)
                .issueTime(Date.from(expiry.minusSeconds(3600))).expirationTime(Date.from(expiry)).build();
    }
}
