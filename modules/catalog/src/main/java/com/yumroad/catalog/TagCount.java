package com.yumroad.catalog;

/** A tag and how many products carry it. */
public record TagCount(String name, long productCount) {
}
