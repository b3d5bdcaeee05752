package com.yumroad.platform;

import com.yumroad.platform.db.EmbeddedDatabase;
import com.yumroad.platform.db.LocalPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as a newcomer starts it (its own process), refusing what it must refuse with one line. */
class StartupRefusalsTest {

    @TempDir
    Path folder;

    @Test
    void aBusyHttpPortIsOneLineBeforeTheDatabaseIsTouched() throws Exception {
        Path data = folder.resolve("data");
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(0));
            int port = busy.getLocalPort();

            Run run = start(Map.of("PORT", String.valueOf(port), "YUMROAD_DATA_DIR", data.toString(),
                    "EMBEDDED_DB_PORT", String.valueOf(LocalPorts.freePort())));

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.stderrLines()).containsExactly("Yumroad cannot start. Port " + port + " is in use by another"
                    + " program (another copy of Yumroad? it would be at http://localhost:" + port + "). Set PORT to"
                    + " run on another port, e.g. PORT=" + (port + 1) + ".");
            assertThat(data).doesNotExist();
        }
    }

    @Test
    void aSecondStartInTheSameFolderSaysYumroadIsAlreadyRunningThere() throws Exception {
        Path data = folder.resolve("data");
        try (EmbeddedDatabase running = EmbeddedDatabase.start(data, LocalPorts.freePort(), true)) {
            Run run = start(Map.of("PORT", String.valueOf(LocalPorts.freePort()), "YUMROAD_DATA_DIR", data.toString()));

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.stderrLines()).hasSize(1);
            assertThat(run.stderrLines().get(0)).startsWith("Yumroad cannot start. Yumroad is already running from "
                    + data.toRealPath() + " (its database is locked). Stop that copy first");
        }
    }

    @Test
    void prodWithoutAnSmtpServerIsOneLineThatNamesTheSettings() throws Exception {
        Path data = folder.resolve("data");
        Map<String, String> env = new HashMap<>(Map.of("PORT", String.valueOf(LocalPorts.freePort()),
                "YUMROAD_DATA_DIR", data.toString(), "EMBEDDED_DB_PORT", String.valueOf(LocalPorts.freePort()),
                "MICRONAUT_ENVIRONMENTS", "prod",
                "JWT_SECRET", "a-signing-key-of-more-than-thirty-two-bytes!!",
                "SECRETS_KEY", "a-secrets-key-of-more-than-thirty-two-bytes!!",
                "PUBLIC_URL", "https://shop.example.test",
                "YUMROAD_ALLOW_TEST_PAYMENTS", "true"));

        Run run = start(env);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly("Yumroad cannot start. SMTP_HOST is not set: the prod environment"
                + " sends receipts, password resets and address confirmations by email and needs an SMTP server"
                + " (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, MAIL_FROM)");
    }

    private record Run(int exitCode, String stderr) {
        List<String> stderrLines() {
            return stderr.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private Run start(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(k -> k.startsWith("DATABASE_") || k.startsWith("SMTP_")
                || k.startsWith("MICRONAUT_") || k.equals("PORT") || k.equals("YUMROAD_DATA_DIR")
                || k.equals("EMBEDDED_DB_PORT"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String stderr;
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("the application did not stop on its own");
            }
            stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), stderr);
    }
}
