package com.yumroad.platform.hostile;

import com.yumroad.platform.hostile.Target.Answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What every API answer to hostile input must be: no 5xx; a 4xx in problem+json, in the client's words. */
final class Problems {

    private static final Set<String> LEAKS = Set.of("com.fasterxml", "io.micronaut", "java.lang", "at [Source",
            "Exception", "jackson", "Argument", "SQL", "postgres");
    private static final Pattern FIELD = Pattern.compile("\"field\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Problems() {
    }

    /** No 5xx; a 4xx is problem+json whose fields are the client's own names and that leaks no internals. */
    static void assertApiAnswer(Answer answer, Set<String> knownFields) {
        assertThat(answer.status()).as("status of %s", answer).isLessThan(500);
        if (answer.status() < 400) {
            return;
        }
        assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
        assertThat(answer.body()).as("%s", answer).contains("\"status\":" + answer.status()).contains("\"errors\":[");
        for (String leak : LEAKS) {
            assertThat(answer.body()).as("internals in %s", answer).doesNotContainIgnoringCase(leak);
        }
        for (String field : errorFields(answer.body())) {
            String root = field.replaceAll("[.\\[].*$", "");
            assertThat(root).as("field %s of %s", field, answer).isIn(knownFields);
        }
    }

    private static List<String> errorFields(String problem) {
        List<String> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(problem);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }
}
