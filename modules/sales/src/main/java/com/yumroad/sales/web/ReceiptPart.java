package com.yumroad.sales.web;

import java.util.Map;

/** A {@link com.yumroad.sales.ReceiptSection} ready to show: its template and its model. */
public record ReceiptPart(String template, Map<String, Object> part) {
}
