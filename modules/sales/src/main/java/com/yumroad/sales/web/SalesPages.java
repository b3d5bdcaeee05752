package com.yumroad.sales.web;

import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.http.Flash;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.FormTokens;
import com.yumroad.sales.Sale;
import com.yumroad.sales.SaleQuery;
import com.yumroad.sales.Sales;
import com.yumroad.sales.internal.CurrencyTotals;
import com.yumroad.sales.internal.PaymentFailedException;
import com.yumroad.sales.internal.SalesReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seller's Sales page: totals today / 30 days / all time per currency, the last 30 days' revenue as an SVG,
 * the sales (paged, newest first, filtered by product and UTC dates), CSV export of the same filter, and a refund
 * that asks first. Only the seller's own sales are ever read; refunds are checked again by {@link Sales#refund}.
 */
@Controller("/dashboard/sales")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SalesPages {

    static final int PAGE_SIZE = 25;
    private static final int CSV_BATCH = PageRequest.MAX_LIMIT;

    private final Sales sales;
    private final SalesReport report;
    private final Flash flash;
    private final FormTokens forms;

    SalesPages(Sales sales, SalesReport report, Flash flash, FormTokens forms) {
        this.sales = sales;
        this.report = report;
        this.flash = flash;
        this.forms = forms;
    }

    @Get(value = "{?product,from,to,cursor}", produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> list(@QueryValue @Nullable Long product,
                                                         @QueryValue @Nullable String from,
                                                         @QueryValue @Nullable String to,
                                                         @QueryValue @Nullable String cursor, Authentication caller) {
        long seller = CurrentUser.id(caller);
        SalesFilter filter = new SalesFilter(product, from, to);
        Map<String, Object> model = new HashMap<>();
        HttpStatus status = HttpStatus.OK;
        Page<Sale> page;
        try {
            page = sales.list(filter.query(seller), new PageRequest(PAGE_SIZE, cursor));
            model.put("errors", FormErrors.none());
        } catch (InvalidInputException e) {
            page = new Page<>(List.of(), null);
            model.put("errors", FormErrors.of(e.errors()));
            status = HttpStatus.UNPROCESSABLE_ENTITY;
        }
        List<CurrencyTotals> totals = report.totals(seller);
        model.put("page", page);
        model.put("filter", filter);
        model.put("totals", totals);
        model.put("chart", RevenueChart.of(report.lastDays(seller), totals, SalesReport.today()));
        model.put("products", report.soldProducts(seller));
        model.put("amounts", Amounts.INSTANCE);
        model.put("dates", Dates.INSTANCE);
        return HttpResponse.status(status).body(new ModelAndView<>("sales/sales", model));
    }

    @Get(value = "/export.csv{?product,from,to}", produces = "text/csv")
    HttpResponse<String> export(@QueryValue @Nullable Long product, @QueryValue @Nullable String from,
                                @QueryValue @Nullable String to, Authentication caller) {
        SaleQuery query = new SalesFilter(product, from, to).query(CurrentUser.id(caller));
        StringBuilder csv = new StringBuilder(SalesCsv.HEADER);
        String cursor = null;
        do {
            Page<Sale> page = sales.list(query, new PageRequest(CSV_BATCH, cursor));
            csv.append(SalesCsv.rows(page.items()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return HttpResponse.ok(csv.toString()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"sales.csv\"");
    }

    @Get(value = "/{id}/refund", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> confirmRefund(@PathVariable long id, Authentication caller) {
        return refundPage(sales.ofSeller(id, CurrentUser.id(caller)), null);
    }

    @Post(value = "/{id}/refund", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> refund(@Nullable String csrfToken, @PathVariable long id, Authentication caller,
                           HttpRequest<?> request) {
        forms.check(request, csrfToken);
        Sale sale = sales.ofSeller(id, CurrentUser.id(caller));
        try {
            sales.refund(id, CurrentUser.id(caller));
        } catch (ConflictException e) {
            return flash.seeOther("/dashboard/sales", e.getMessage() + ".");
        } catch (PaymentFailedException e) {
            return HttpResponse.status(HttpStatus.BAD_GATEWAY).body(refundPage(sale, e.getMessage()));
        }
        return flash.seeOther("/dashboard/sales", "Refunded " + Amounts.INSTANCE.format(sale.amountCents(),
                sale.currency()) + " to " + sale.buyerEmail() + ".");
    }

    private ModelAndView<Map<String, Object>> refundPage(Sale sale, @Nullable String failure) {
        Map<String, Object> model = new HashMap<>();
        model.put("sale", sale);
        model.put("failure", failure);
        model.put("amounts", Amounts.INSTANCE);
        model.put("dates", Dates.INSTANCE);
        return new ModelAndView<>("sales/refund", model);
    }
}
