package com.yumroad.storefront;

/** A store as its owner typed it; storefront normalises and validates it. */
public record NewStore(String name, String description) {
}
