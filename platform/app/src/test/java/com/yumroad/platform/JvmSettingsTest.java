package com.yumroad.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of starting the server reads the one JVM settings file, so the memory bound that bench/perf.sh measures
 * holds for a newcomer, a container and CI alike.
 */
class JvmSettingsTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern SERVER_START = Pattern.compile("\\bjava [^\\n`]*?-jar [^\\s`]*yumroad\\.jar(?! (db|events))");

    @Test
    void theReadmeTheDockerfileAndTheSmokeRunStartTheServerWithTheSettingsFile() throws Exception {
        // ./start is the README's run command (and what .ci/smoke runs); any other start they show reads it too
        Matcher script = SERVER_START.matcher(Files.readString(ROOT.resolve("start")));
        assertThat(script.find()).as("./start starts the server").isTrue();
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("./start ");
        for (String file : new String[] {"start", "README.md", ".ci/smoke"}) {
            Matcher start = SERVER_START.matcher(Files.readString(ROOT.resolve(file)));
            while (start.find()) {
                assertThat(start.group()).as("a server start in %s", file).contains("@platform/app/jvm.options");
            }
        }
        assertThat(Files.readString(ROOT.resolve("Dockerfile")))
                .contains("COPY platform/app/jvm.options /app/jvm.options")
                .contains("\"java\", \"@/app/jvm.options\", \"-jar\"");
    }

    /** Fewer malloc arenas are part of the memory bound: the README's command and the container set the same. */
    @Test
    void theRunCommandAndTheContainerLimitMallocArenasAlike() throws Exception {
        assertThat(Files.readString(ROOT.resolve("start"))).contains("export MALLOC_ARENA_MAX=\"${MALLOC_ARENA_MAX:-2}\"");
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("ENV MALLOC_ARENA_MAX=2");
    }

    /**
     * The class archive (AppCDS) that speeds up later starts: ./start and bench/perf.sh make it with the same trial
     * start and use it only when it is there, whole and newer than the jar, so a missing or stale one never stops a start.
     */
    @Test
    void theRunCommandAndTheBenchmarkMakeAndUseTheClassArchiveAlike() throws Exception {
        String start = Files.readString(ROOT.resolve("start"));
        assertThat(start).contains("platform/app/appcds \"$archive\" @platform/app/jvm.options -jar \"$jar\"")
                .contains("if [ -s \"$archive\" ] && [ \"$archive\" -nt \"$jar\" ]; then cds=(\"-XX:SharedArchiveFile=$archive\"); fi");
        String perf = Files.readString(ROOT.resolve("bench/perf.sh"));
        assertThat(perf).contains("platform/app/appcds").contains("CDS[$label]=\"-XX:SharedArchiveFile=");
        assertThat(Files.readString(ROOT.resolve("platform/app/appcds")))
                .contains("-XX:ArchiveClassesAtExit=").contains("mv -f \"$archive.$$\" \"$archive\"");
    }

    @Test
    void theSettingsBoundTheHeapAndTheNonHeapPools() throws Exception {
        String settings = Files.readString(ROOT.resolve("platform/app/jvm.options"));
        assertThat(settings).contains("-Xmx", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=",
                "-XX:MaxDirectMemorySize=", "-XX:TrimNativeHeapInterval=");
    }
}
