package com.yumroad.site.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A path segment as it goes into a URL (a tag may hold spaces and other characters). */
final class UriEscaper {

    private UriEscaper() {
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
