package com.yumroad.webhooks.web;

import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.webhooks.delivery.Deliveries;
import com.yumroad.webhooks.delivery.DeliveryView;
import com.yumroad.webhooks.subscriptions.IssuedSubscription;
import com.yumroad.webhooks.subscriptions.NewSubscription;
import com.yumroad.webhooks.subscriptions.SubscriptionView;
import com.yumroad.webhooks.subscriptions.Subscriptions;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The caller's webhooks over JSON (payloads: docs/integrators.md and the document's Webhook<Event> schemas). */
@Controller("/api/v1/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@RequiresScope(Scope.MANAGE_WEBHOOKS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Webhooks")
@SecurityRequirement(name = ProblemDocs.BEARER)
@Answers.Unauthorized @Answers.Forbidden @Answers.ServerError
class WebhooksApi {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;

    WebhooksApi(Subscriptions subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @Post
    @Operation(operationId = "createWebhook", summary = "Subscribe an https URL to events",
            description = "The URL's host must resolve to public addresses only. The answer carries the signing "
                    + "secret (Standard Webhooks, `whsec_...`), shown this once. Each delivery's body is described "
                    + "by the schema of its event type: WebhookProductPublished, WebhookProductUpdated, "
                    + "WebhookProductRemoved, WebhookSaleCompleted, WebhookSaleRefunded.")
    @ApiResponse(responseCode = "201", description = "The webhook and its secret; Location names it",
            content = @Content(schema = @Schema(implementation = IssuedSubscription.class)))
    @Answers.Body
    HttpResponse<IssuedSubscription> create(@Body NewSubscription body, Authentication caller) {
        IssuedSubscription issued = subscriptions.subscribe(CurrentUser.id(caller), body);
        return HttpResponse.created(issued, URI.create("/api/v1/webhooks/" + issued.webhook().id()))
                .header("Cache-Control", "no-store");
    }

    @Get
    @Operation(operationId = "listWebhooks", summary = "The caller's webhooks, newest first")
    @ApiResponse(responseCode = "200", description = "Every webhook, without secrets",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = SubscriptionView.class))))
    List<SubscriptionView> list(Authentication caller) {
        return subscriptions.list(CurrentUser.id(caller));
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook and its delivery log")
    @ApiResponse(responseCode = "204", description = "Removed")
    @Answers.BadRequest @Answers.NotFound
    void remove(@PathVariable @Parameter(description = "The webhook's id", example = "5") long id,
                Authentication caller) {
        subscriptions.remove(CurrentUser.id(caller), id);
    }

    @Get("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's latest 50 deliveries, newest first")
    @ApiResponse(responseCode = "200", description = "The delivery log",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DeliveryView.class))))
    @Answers.BadRequest @Answers.NotFound
    List<DeliveryView> deliveries(@PathVariable @Parameter(description = "The webhook's id", example = "5") long id,
                                  Authentication caller) {
        return deliveries.recent(CurrentUser.id(caller), id);
    }

    @Post("/{id}/deliveries/{deliveryId}/redeliver")
    @Status(HttpStatus.ACCEPTED)
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again (same webhook-id)")
    @ApiResponse(responseCode = "202", description = "Queued")
    @Answers.BadRequest @Answers.NotFound
    void redeliver(@PathVariable @Parameter(description = "The webhook's id", example = "5") long id,
                   @PathVariable @Parameter(description = "The delivery's id", example = "31") long deliveryId,
                   Authentication caller) {
        deliveries.sendAgain(CurrentUser.id(caller), id, deliveryId);
    }

    @Post("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook's signing secret",
            description = "Answers the new secret, shown this once. For a day, deliveries carry two signatures "
                    + "(new and old secret), so the receiver can switch without losing one.")
    @ApiResponse(responseCode = "200", description = "The new secret",
            content = @Content(schema = @Schema(example = "{\"secret\": \"whsec_...\"}")))
    @Answers.BadRequest @Answers.NotFound
    HttpResponse<Map<String, String>> rotate(@PathVariable @Parameter(description = "The webhook's id", example = "5")
                                             long id, Authentication caller) {
        return HttpResponse.ok(Map.of("secret", subscriptions.rotateSecret(CurrentUser.id(caller), id)))
                .header("Cache-Control", "no-store");
    }
}
