package com.yumroad.kernel.db;

import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.StringResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast start check's checksum is Flyway's: otherwise every start would take the full path (safe but slow), and
 * StartupFastPathTest (platform/migrations) would see Flyway built on an up-to-date database.
 */
class UpToDateCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "create table t (id bigint);\n",
            "create table t (id bigint);",
            "-- a comment\r\ncreate table t (\r\n  id bigint\r\n);\r\n",
            "\uFEFFcreate table t (name text default 'café ✓');\n\n\n",
            "old\rmac\rline ends\r",
            ""})
    void itsChecksumIsFlywaysWhateverTheLineEndsAndByteOrderMark(String sql) throws Exception {
        int ours = UpToDateCheck.checksum(new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)));

        assertThat(ours).isEqualTo(ChecksumCalculator.calculate(new StringResource(sql)));
    }
}
