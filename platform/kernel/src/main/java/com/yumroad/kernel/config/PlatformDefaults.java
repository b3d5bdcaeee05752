package com.yumroad.kernel.config;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.core.io.ResourceLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads {@code platform-defaults.yml} (and {@code platform-defaults-<env>.yml}) from the kernel, below every
 * {@code application.yml}: the settings that the application and each module's test suite must share (security,
 * datasource dialect, views) live once, and the runnable application can still override them. It also makes the
 * per-run signing key that stands in for JWT_SECRET outside prod.
 */
public final class PlatformDefaults extends YamlPropertySourceLoader {

    private static final String FILE = "platform-defaults";
    private static final int POSITION = DEFAULT_POSITION - 100;
    /** A signing key made for this run only, used when JWT_SECRET is not set (refused in prod). */
    private static final String GENERATED_SECRET = "yumroad.jwt.generated-secret";
    private static final String SECRET = "yumroad.jwt.secret";

    /** None: this loader reads only its own file, and must not take over {@code .yml} from Micronaut's loader. */
    @Override
    public Set<String> getExtensions() {
        return Set.of();
    }

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        return "application".equals(resourceName) ? read(FILE, resourceLoader, POSITION) : Optional.empty();
    }

    @Override
    public Optional<PropertySource> loadEnv(String resourceName, ResourceLoader resourceLoader,
                                            ActiveEnvironment activeEnvironment) {
        return "application".equals(resourceName)
                ? read(FILE + "-" + activeEnvironment.getName(), resourceLoader, POSITION + 1 + activeEnvironment.getPriority())
                : Optional.empty();
    }

    private static String randomKey() {
        byte[] key = new byte[48];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private Optional<PropertySource> read(String name, ResourceLoader resourceLoader, int position) {
        return readInput(resourceLoader, name + ".yml").map(input -> {
            try (input) {
                Map<String, Object> values = new HashMap<>(read(name, input));
                if (name.equals(FILE)) {
                    String generated = randomKey();
                    values.put(GENERATED_SECRET, generated);
                    values.put(SECRET, Optional.ofNullable(System.getenv("JWT_SECRET")).filter(s -> !s.isBlank())
                            .orElse(generated));
                }
                return createPropertySource(name, values, position);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name + ".yml", e);
            }
        });
    }
}
