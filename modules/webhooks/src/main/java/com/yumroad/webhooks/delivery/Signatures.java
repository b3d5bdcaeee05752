package com.yumroad.webhooks.delivery;

import com.yumroad.kernel.security.SecretKeys;
import com.yumroad.webhooks.subscriptions.SigningSecrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Standard Webhooks signature: {@code v1,} and the base64 HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>}
 * under the secret's key (the base64 after {@code whsec_}); one per secret, space-separated, during a rotation.
 */
final class Signatures {

    private Signatures() {
    }

    static String sign(String messageId, long timestamp, String body, List<String> secrets) {
        byte[] content = (messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        return secrets.stream()
                .map(secret -> "v1," + Base64.getEncoder().encodeToString(
                        SecretKeys.hmac(SigningSecrets.key(secret), content)))
                .collect(Collectors.joining(" "));
    }
}
