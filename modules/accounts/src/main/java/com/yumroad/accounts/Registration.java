package com.yumroad.accounts;

/** A sign-up as typed: the accounts module normalises and validates it. */
public record Registration(String email, String name, String password) {

    @Override
    public String toString() {
        return "Registration[email=" + email + ", name=" + name + "]";
    }
}
