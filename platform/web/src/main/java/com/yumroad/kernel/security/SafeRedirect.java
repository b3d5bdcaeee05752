package com.yumroad.kernel.security;

/** Where a browser may be sent after log-in: a path on this site only, never another host. */
public final class SafeRedirect {

    private static final int MAX_LENGTH = 2000;

    private SafeRedirect() {
    }

    /** The given target when it is a same-site relative path ("/stores/1?tab=x"), else "/". */
    public static String orHome(String target) {
        if (target == null || target.isEmpty() || target.length() > MAX_LENGTH
                || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
            return "/";
        }
        for (char c : target.toCharArray()) {
            if (c < 0x21 || c >= 0x7f || c == '\\') { // header values are ASCII
                return "/";
            }
        }
        try {
            new java.net.URI(target); // a Location header must be a URI: "/a|b" is not, and must not become a 500
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
        return target;
    }
}
