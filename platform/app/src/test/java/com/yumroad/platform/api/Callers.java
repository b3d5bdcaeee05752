package com.yumroad.platform.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.yumroad.platform.api.Contract.post;

/** Makes users, stores and products through the API (and so through the contract check). */
final class Callers {

    static final String PASSWORD = "correct horse";

    private final Contract api;
    private final AtomicInteger counter = new AtomicInteger();

    Callers(Contract api) {
        this.api = api;
    }

    record Caller(long id, String email, String name, String token, Long storeId) {
    }

    Caller user(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + counter.incrementAndGet() + "@example.com";
        long id = api.call(post("/api/v1/users", api.json(Map.of("email", email, "password", PASSWORD,
                "name", name)))).id();
        return new Caller(id, email, name, token(email), null);
    }

    Caller seller(String name) {
        Caller user = user(name);
        long store = api.call(post("/api/v1/stores", api.json(Map.of("name", name + "'s shop")))
                .bearerAuth(user.token())).id();
        return new Caller(user.id(), user.email(), name, user.token(), store);
    }

    String token(String email) {
        return (String) api.call(post("/api/v1/auth/token", api.json(Map.of("email", email, "password", PASSWORD))))
                .json().get("accessToken");
    }

    long product(Caller seller, String name, long priceCents, String... tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "About " + name);
        body.put("priceCents", priceCents);
        body.put("tags", List.of(tags));
        return api.call(post("/api/v1/products", api.json(body)).bearerAuth(seller.token())).id();
    }

    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
