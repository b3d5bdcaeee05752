package com.yumroad.storefront;

/** What an owner changes about their store: null leaves a field as it is; an empty description removes it. */
public record StoreChanges(String name, String description) {
}
