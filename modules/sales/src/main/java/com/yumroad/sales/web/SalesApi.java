package com.yumroad.sales.web;

import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.sales.Sale;
import com.yumroad.sales.Sales;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's sales over JSON: list (filters as the Sales page), one sale, refund. A sale of someone else's is 403,
 * an order that is not a sale (pending, declined, expired) 404, as an unknown one.
 */
@Controller("/api/v1/sales")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Sales")
@SecurityRequirement(name = ProblemDocs.BEARER)
@Answers.ServerError
class SalesApi {

    private final Sales sales;

    SalesApi(Sales sales) {
        this.sales = sales;
    }

    @Get("{?product,from,to,limit,cursor}")
    @RequiresScope(Scope.READ_SALES)
    @Operation(operationId = "listSales", summary = "The caller's sales, newest first",
            description = "Paid and refunded orders of the caller's products. `from` and `to` are UTC days, both "
                    + "included.")
    @ApiResponse(responseCode = "200", description = "One page of sales",
            content = @Content(schema = @Schema(implementation = SalePage.class)))
    @Answers.BadRequest @Answers.Unauthorized @Answers.Unprocessable
    SalePage list(@QueryValue @Nullable @Parameter(description = "Only this product's sales", example = "42")
                  Long product,
                  @QueryValue @Nullable @Parameter(description = "Paid on or after this UTC day", example = "2026-11-01")
                  String from,
                  @QueryValue @Nullable @Parameter(description = "Paid on or before this UTC day", example = "2026-11-30")
                  String to,
                  @QueryValue @Nullable @Parameter(description = "Items per page, 1 to 100 (default 20); outside "
                          + "that range answers 422", example = "20",
                          schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20")) Integer limit,
                  @QueryValue @Nullable @Parameter(description = "The `nextCursor` of the previous page, unchanged, "
                          + "with the same filters; a garbled or foreign cursor answers 400") String cursor,
                  Authentication caller) {
        PageRequest page = PageRequest.of(limit, cursor);
        return SalePage.of(sales.list(new SalesFilter(product, from, to).query(CurrentUser.id(caller)), page));
    }

    @Get("/{id}")
    @RequiresScope(Scope.READ_SALES)
    @Operation(operationId = "getSale", summary = "One of the caller's sales")
    @ApiResponse(responseCode = "200", description = "The sale",
            content = @Content(schema = @Schema(implementation = SaleView.class)))
    @Answers.BadRequest @Answers.Unauthorized @Answers.Forbidden @Answers.NotFound
    SaleView find(@PathVariable @Parameter(description = "The sale's (order's) id", example = "812") long id,
                  Authentication caller) {
        return SaleView.of(sale(id, caller));
    }

    @Post("/{id}/refund")
    @RequiresScope(Scope.REFUND_SALES)
    @Operation(operationId = "refundSale", summary = "Refund one of the caller's sales in full",
            description = "Through Stripe's Refunds API (or test mode). 409 when the sale is already refunded; two "
                    + "refunds racing refund once.")
    @ApiResponse(responseCode = "200", description = "The sale, refunded",
            content = @Content(schema = @Schema(implementation = SaleView.class)))
    @Answers.BadRequest @Answers.Unauthorized @Answers.Forbidden @Answers.NotFound @Answers.Conflict
    SaleView refund(@PathVariable @Parameter(description = "The sale's (order's) id", example = "812") long id,
                    Authentication caller) {
        sale(id, caller);
        return SaleView.of(sales.refund(id, CurrentUser.id(caller)));
    }

    /** The caller's sale: 404 for an unknown order or one that is no sale, 403 for another seller's. */
    private Sale sale(long id, Authentication caller) {
        Sale sale = sales.ofSeller(id, CurrentUser.id(caller));
        if (sale.paidAt() == null) {
            throw new NotFoundException("Sale", id);
        }
        return sale;
    }
}
