package com.yumroad.platform;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No Docker engine runs here, so the compose file is at least parsed and its wiring checked. */
class DockerComposeTest {

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgres17AndTheAppConfiguredThroughTheDocumentedVariables() throws Exception {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("../../docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        var db = services.get("db");
        var app = services.get("app");

        assertThat((String) db.get("image")).isEqualTo("postgres:17");
        assertThat((List<String>) db.get("volumes")).anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"));
        assertThat(db).containsKey("healthcheck");
        assertThat(app.get("build")).isEqualTo(".");
        assertThat((Map<String, Object>) app.get("depends_on")).containsEntry("db", Map.of("condition", "service_healthy"));
        assertThat((Map<String, Object>) app.get("environment")).containsKeys(
                "DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "JWT_SECRET", "MICRONAUT_ENVIRONMENTS",
                "SMTP_HOST", "SMTP_PORT", "PUBLIC_URL");
        assertThat((String) services.get("mail").get("image")).isEqualTo("axllent/mailpit");
        assertThat(Path.of("../../Dockerfile")).exists();

        var nats = services.get("nats");
        assertThat((List<String>) nats.get("command")).contains("-js");
        assertThat((Map<String, Object>) app.get("environment")).containsEntry("NATS_URL", "nats://nats:4222");
    }
}
