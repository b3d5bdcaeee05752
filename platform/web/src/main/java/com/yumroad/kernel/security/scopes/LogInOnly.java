package com.yumroad.kernel.security.scopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API endpoint that needs the account holder, not an integration: a log-in token (from the password) may call
 * it, a personal access token never, whatever its scopes (making tokens, changing the password, deleting the
 * account). A leaked token thus cannot mint more tokens or take the account over.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LogInOnly {
}
