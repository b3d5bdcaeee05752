package com.yumroad.platform.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A clone holds everything its documents point at: no link leaves the repository, none points at a missing file. */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)[^)]*\\)|<(https?://[^>]+)>");

    @Test
    void everyLinkInTheReadmeAndDocsStaysInTheRepositoryAndArrives() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            Matcher links = LINK.matcher(Files.readString(document));
            while (links.find()) {
                String target = links.group(1) != null ? links.group(1) : links.group(2);
                String where = ROOT.relativize(document) + ": " + target;
                if (target.matches("^[a-z]+:.*")) {
                    broken.add(where + " leaves the repository");
                    continue;
                }
                String path = target.replaceAll("#.*$", "");
                if (path.isEmpty()) {
                    continue;
                }
                Path resolved = document.getParent().resolve(path).normalize();
                if (!resolved.startsWith(ROOT)) {
                    broken.add(where + " leaves the repository");
                } else if (!Files.exists(resolved)) {
                    broken.add(where + " points at nothing");
                }
            }
        }
        assertThat(documents).hasSizeGreaterThan(2);
        assertThat(broken).isEmpty();
    }
}
