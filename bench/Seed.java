import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds a running Yumroad through its public API, in parallel: users (each with a store and a token), then
 * products with 1-3 tags out of 50. Writes what the wrk scenarios need as shell variables.
 * Run with: java bench/Seed.java <baseUrl> <users> <products> <parallelism> <env-file>
 */
public class Seed {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Seller(long userId, long storeId, String token) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        int products = Integer.parseInt(args[2]);
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[3]));
        Path out = Path.of(args[4]);

        long started = System.nanoTime();
        List<Future<Seller>> pending = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int n = i;
            pending.add(pool.submit(() -> seller(base, n)));
        }
        List<Seller> sellers = new ArrayList<>();
        for (Future<Seller> f : pending) {
            sellers.add(f.get());
        }
        System.out.printf("seeded %d users with stores in %.1f s%n", users, (System.nanoTime() - started) / 1e9);

        long productsStarted = System.nanoTime();
        AtomicLong minId = new AtomicLong(Long.MAX_VALUE);
        AtomicLong maxId = new AtomicLong();
        List<Future<?>> writes = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            int n = p;
            writes.add(pool.submit(() -> {
                Seller seller = sellers.get(n % sellers.size());
                long id = id(send(base, "POST", "/api/v1/products", product(n), seller.token(), 201));
                minId.accumulateAndGet(id, Math::min);
                maxId.accumulateAndGet(id, Math::max);
                return null;
            }));
        }
        for (Future<?> f : writes) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("seeded %d products in %.1f s%n", products, (System.nanoTime() - productsStarted) / 1e9);

        long minStore = sellers.stream().mapToLong(Seller::storeId).min().orElseThrow();
        long maxStore = sellers.stream().mapToLong(Seller::storeId).max().orElseThrow();
        long minUser = sellers.stream().mapToLong(Seller::userId).min().orElseThrow();
        long maxUser = sellers.stream().mapToLong(Seller::userId).max().orElseThrow();
        Files.writeString(out, String.join("\n",
                "MIN_PRODUCT=" + minId.get(), "MAX_PRODUCT=" + maxId.get(),
                "MIN_STORE=" + minStore, "MAX_STORE=" + maxStore,
                "MIN_USER=" + minUser, "MAX_USER=" + maxUser,
                "TOKEN=" + sellers.get(0).token(), ""));
    }

    private static Seller seller(String base, int n) throws IOException, InterruptedException {
        String email = "bench-" + n + "@example.com";
        String password = "correct horse " + n;
        long userId = id(send(base, "POST", "/api/v1/users", "{\"email\":\"" + email + "\",\"password\":\""
                + password + "\",\"name\":\"Seller " + n + "\"}", null, 201));
        String tokenAnswer = send(base, "POST", "/api/v1/auth/token", "{\"email\":\"" + email
                + "\",\"password\":\"" + password + "\"}", null, 200);
        Matcher token = TOKEN.matcher(tokenAnswer);
        if (!token.find()) {
            throw new IllegalStateException("no token in " + tokenAnswer);
        }
        long storeId = id(send(base, "POST", "/api/v1/stores", "{\"name\":\"Bench Store " + n
                + "\",\"description\":\"Store number " + n + "\"}", token.group(1), 201));
        return new Seller(userId, storeId, token.group(1));
    }

    private static String product(int n) {
        Random random = new Random(n);
        List<Integer> tags = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tags.add(i);
        }
        Collections.shuffle(tags, random);
        int count = 1 + random.nextInt(3);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < count; i++) {
            names.append(i == 0 ? "" : ",").append("\"tag").append(tags.get(i)).append('"');
        }
        return "{\"name\":\"Bench product " + n + "\",\"description\":\"Seeded product number " + n
                + "\",\"priceCents\":" + (100 + random.nextInt(10_000)) + ",\"tags\":[" + names + "]}";
    }

    private static String send(String base, String method, String path, String body, String token, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
