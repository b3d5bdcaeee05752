package com.yumroad.webhooks.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IssuedWebhook", description = "A webhook with its signing secret: shown in this answer only")
public record IssuedSubscription(
        SubscriptionView webhook,
        @Schema(description = "The Standard Webhooks signing secret", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {
}
