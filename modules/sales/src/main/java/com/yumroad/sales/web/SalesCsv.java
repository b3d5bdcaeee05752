package com.yumroad.sales.web;

import com.yumroad.sales.Sale;

import java.util.List;

/**
 * Sales as CSV (RFC 4180): quoted where needed, and a cell a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return first: a buyer's email or a product's name is someone else's text) is prefixed with a quote.
 */
final class SalesCsv {

    static final String HEADER = "order_id,paid_at,product_id,product,buyer_email,amount,currency,status,refunded_at\r\n";

    private SalesCsv() {
    }

    static String rows(List<Sale> sales) {
        StringBuilder csv = new StringBuilder();
        for (Sale sale : sales) {
            csv.append(sale.id()).append(',')
                    .append(sale.paidAt() == null ? "" : sale.paidAt()).append(',')
                    .append(sale.productId()).append(',')
                    .append(cell(sale.productName())).append(',')
                    .append(cell(sale.buyerEmail())).append(',')
                    .append(Amounts.INSTANCE.plain(sale.amountCents(), sale.currency())).append(',')
                    .append(sale.currency()).append(',')
                    .append(sale.status().wire()).append(',')
                    .append(sale.refundedAt() == null ? "" : sale.refundedAt()).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
