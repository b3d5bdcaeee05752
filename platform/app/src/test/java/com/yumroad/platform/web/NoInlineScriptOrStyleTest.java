package com.yumroad.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy (kernel SecurityHeaders) forbids inline scripts and styles, so a page that had one
 * would silently lose it in the browser. Every template of every module on the classpath is read for them: a
 * {@code <script>} without {@code src}, a {@code <style>} element, a {@code style=} attribute, an event handler
 * attribute ({@code onclick=}...), a {@code javascript:} URL, or unescaped output ({@code th:utext}). Scripts and
 * styles belong in static files.
 */
class NoInlineScriptOrStyleTest {

    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("th:utext", Pattern.CASE_INSENSITIVE)); // unescaped output: the way script gets in

    @Test
    void noTemplateHasAnInlineScriptOrStyle() throws Exception {
        List<Path> templates = templates();
        assertThat(templates).as("the templates of the kernel and every module").hasSizeGreaterThan(10);
        List<String> found = new ArrayList<>();
        for (Path template : templates) {
            String html = Files.readString(template);
            for (Pattern pattern : FORBIDDEN) {
                Matcher matcher = pattern.matcher(html);
                while (matcher.find()) {
                    found.add(template + ": " + matcher.group().trim());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        String page = "<style>p { color: red }</style><div style=\"color:red\"><script>alert(1)</script><a onclick=\"x()\" href=\"javascript:y\">"
                + "<p th:utext=\"${x}\">";
        assertThat(FORBIDDEN).allSatisfy(pattern -> assertThat(pattern.matcher(page).find()).isTrue());
        assertThat(FORBIDDEN.get(0).matcher("<script src=\"/assets/app.js\" defer></script>").find()).isFalse();
    }

    private static List<Path> templates() throws IOException, URISyntaxException {
        List<Path> found = new ArrayList<>();
        for (URL root : Collections.list(NoInlineScriptOrStyleTest.class.getClassLoader().getResources("views"))) {
            Path path;
            if (root.getProtocol().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(root.toURI(), java.util.Map.of());
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(root.toURI());
                }
                path = jar.getPath("views");
            } else {
                path = Path.of(root.toURI());
            }
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(f -> f.toString().endsWith(".html")).forEach(found::add);
            }
        }
        return found;
    }
}
