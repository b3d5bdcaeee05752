package com.yumroad.platform.docs;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer reads before scrolling: what Yumroad is for a seller, a screenshot, the two commands, what to expect
 * (how long, where to open it, what to click), how to stop and how to start over; the internals come after. The
 * screenshots are the sizes the README says. (.ci/smoke runs the commands themselves on a clean clone.)
 */
class ReadmeFirstScreenTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void theFirstScreenGetsANewcomerSellingAndTheInternalsComeAfter() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Start selling on your machine");
        assertThat(start).as("a section that starts a newcomer").isPositive();
        String firstScreen = readme.substring(0, readme.indexOf("\n## ", start + 1));

        assertThat(firstScreen.substring(0, start)).as("what it is, for a seller, with a screenshot")
                .contains("creators sell what they make", "Open a store")
                .containsPattern("!\\[[^\\]]+]\\(docs/images/landing-desktop\\.png\\)");
        assertThat(firstScreen).contains("<!-- the two commands -->", "./start", "./mvnw verify")
                .as("what to expect").containsPattern("[0-9]+ to [0-9]+ minutes")
                .contains("Open http://localhost:8080", "**Open your store**")
                .as("how to stop and start over").contains("**Stop** it with Ctrl+C", "rm -rf .data");
        for (String later : List.of("## Modules and architecture", "## Migrations", "## Tests", "## Configuration")) {
            assertThat(readme.indexOf(later)).as(later + " after the first screen").isGreaterThan(firstScreen.length());
        }
    }

    @Test
    void twoCopiesAndTheDatabaseSettingsAreOneTable() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Two copies side by side, and the database settings");
        assertThat(start).isPositive();
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));

        assertThat(section).contains("PORT=8081 YUMROAD_DATA_DIR=.data/second ./start");
        for (String variable : List.of("PORT", "YUMROAD_DATA_DIR", "EMBEDDED_DB_PORT", "DATABASE_URL",
                "DATABASE_USER")) {
            assertThat(section).as(variable + " in the table").containsPattern("(?m)^\\| `" + variable + "`");
        }
    }

    @Test
    void everyScreenshotIsTheSizeTheReadmeSays() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).contains("a desktop (1366x900) and a phone (390x844)");
        List<String> wrong = new ArrayList<>();
        List<Path> shots;
        try (Stream<Path> files = Files.list(ROOT.resolve("docs/images"))) {
            shots = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
        for (Path shot : shots) {
            int[] size = pngSize(shot);
            String name = shot.getFileName().toString();
            int[] expected = name.endsWith("-desktop.png") ? new int[]{1366, 900}
                    : name.endsWith("-phone.png") ? new int[]{390, 844} : null;
            if (expected == null || size[0] != expected[0] || size[1] != expected[1]) {
                wrong.add(name + " is " + size[0] + "x" + size[1]);
            }
            assertThat(readme).as(name + " is shown in the README").contains("(docs/images/" + name + ")");
        }
        assertThat(shots).hasSizeGreaterThanOrEqualTo(8);
        assertThat(wrong).isEmpty();
        Matcher shown = Pattern.compile("\\(docs/images/([^)]+)\\)").matcher(readme);
        while (shown.find()) {
            assertThat(ROOT.resolve("docs/images").resolve(shown.group(1))).exists();
        }
    }

    /** Width and height from a PNG's header (its IHDR chunk follows the 8-byte signature). */
    private static int[] pngSize(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            data.skipNBytes(16);
            return new int[]{data.readInt(), data.readInt()};
        }
    }
}
