package com.yumroad.kernel.db;

import com.yumroad.kernel.module.ApplicationModule;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The start's fast path: whether every module's schema already has exactly the migrations this build carries, so that
 * no Flyway needs to be built or run. It lists the migration files of every module in one pass over each jar (or
 * folder), computes their checksums the way Flyway does (CRC-32 over the UTF-8 bytes of each line, without line
 * endings or a byte order mark) and reads every module's history table in one statement. Only an exact match counts:
 * per module the same versions, scripts, descriptions and checksums, every row successful, no row of another kind.
 * Anything else (a pending or changed migration, a failed row, a missing history table, a file Flyway would treat
 * otherwise, an unreadable resource, any SQL error) answers empty, and the caller takes Flyway's full path, which
 * applies, validates and reports exactly as without this check.
 */
final class UpToDateCheck {

    private static final Logger LOG = LoggerFactory.getLogger(UpToDateCheck.class);
    private static final String CLASSPATH = "classpath:";
    private static final Pattern VERSIONED = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__([A-Za-z0-9_]+)\\.sql$");
    /** The undo twins, which Flyway (validateMigrationNaming off) ignores and the db downgrade command runs. */
    private static final Pattern UNDO = Pattern.compile("^U(\\d+(?:[._]\\d+)*)__([A-Za-z0-9_]+)\\.sql$");

    /** One migration, as the build carries it or as a history row records it. */
    record Migration(String version, String description, String script, int checksum) {
    }

    /** Why the fast path is not taken: logged at debug, the full path then says the rest. */
    private static final class NotUpToDate extends Exception {
        NotUpToDate(String reason) {
            super(reason, null, false, false);
        }
    }

    private UpToDateCheck() {
    }

    /**
     * Where each module stands, in migration order, when the database has exactly the build's migrations; empty when
     * Flyway must run.
     */
    static Optional<List<ModuleMigrated>> check(ModuleMigrations migrations, DataSource dataSource) {
        try {
            Map<ApplicationModule, Map<String, Migration>> carried = carried(migrations);
            Map<String, Map<String, Migration>> applied = applied(migrations.modules(), dataSource);
            List<ModuleMigrated> outcomes = new ArrayList<>();
            for (var entry : carried.entrySet()) {
                ApplicationModule module = entry.getKey();
                Map<String, Migration> inDatabase = applied.getOrDefault(module.schema(), Map.of());
                if (!inDatabase.equals(entry.getValue())) {
                    throw new NotUpToDate("module " + module.name() + " carries " + entry.getValue().values()
                            + ", its history has " + inDatabase.values());
                }
                outcomes.add(new ModuleMigrated(module.name(), 0, entry.getValue().keySet().stream()
                        .max(Comparator.comparing(MigrationVersion::fromVersion))));
            }
            return Optional.of(List.copyOf(outcomes));
        } catch (NotUpToDate e) {
            LOG.debug("Migrations run through Flyway: {}", e.getMessage());
            return Optional.empty();
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.debug("Migrations run through Flyway: the fast check failed", e);
            return Optional.empty();
        }
    }

    // --- what the build carries --------------------------------------------------------------------------------

    /** Every module's versioned migrations by version, in migration order, each jar read once. */
    private static Map<ApplicationModule, Map<String, Migration>> carried(ModuleMigrations migrations)
            throws IOException, NotUpToDate {
        ClassLoader classLoader = migrations.getClass().getClassLoader();
        Map<ApplicationModule, Map<String, Migration>> carried = new LinkedHashMap<>();
        // jar file -> the folders wanted from it, and which module each folder belongs to
        Map<String, Map<String, ApplicationModule>> foldersByJar = new LinkedHashMap<>();
        for (ApplicationModule module : migrations.modules()) {
            carried.put(module, new HashMap<>());
            for (String location : migrations.locations(module)) {
                if (!location.startsWith(CLASSPATH)) {
                    throw new NotUpToDate("location " + location + " is not on the classpath");
                }
                String folder = trimSlashes(location.substring(CLASSPATH.length()));
                Enumeration<URL> urls = classLoader.getResources(folder);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    switch (url.getProtocol()) {
                        case "file" -> readDirectory(toPath(url), module, carried.get(module));
                        case "jar" -> {
                            String jar = toPath(((JarURLConnection) url.openConnection()).getJarFileURL()).toString();
                            ApplicationModule other = foldersByJar.computeIfAbsent(jar, j -> new HashMap<>()).put(folder, module);
                            if (other != null && other != module) {
                                throw new NotUpToDate("modules " + other.name() + " and " + module.name() + " share " + folder);
                            }
                        }
                        default -> throw new NotUpToDate("migrations in " + url);
                    }
                }
            }
        }
        for (var jar : foldersByJar.entrySet()) {
            readJar(Path.of(jar.getKey()), jar.getValue(), carried);
        }
        return carried;
    }

    private static void readJar(Path file, Map<String, ApplicationModule> folders,
                                Map<ApplicationModule, Map<String, Migration>> carried) throws IOException, NotUpToDate {
        // The class loader has this jar open already, and JarFile shares the parsed directory of an open zip. The
        // jar holds tens of thousands of entries: each costs one look-up of its folder, and only the entries under
        // the folders' common prefix are looked at further.
        String common = folders.keySet().stream().reduce(UpToDateCheck::commonPrefix).orElse("");
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.startsWith(common) || entry.isDirectory()) {
                    continue;
                }
                ApplicationModule module = folders.get(name.substring(0, Math.max(name.lastIndexOf('/'), 0)));
                if (module != null) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        add(name.substring(name.lastIndexOf('/') + 1), in, carried.get(module));
                    }
                } else {
                    for (String folder : folders.keySet()) {
                        if (name.startsWith(folder + "/")) {
                            // Flyway looks into sub-folders too; this check does not.
                            throw new NotUpToDate(name + " is in a sub-folder of " + folder);
                        }
                    }
                }
            }
        }
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }

    private static void readDirectory(Path directory, ApplicationModule module, Map<String, Migration> into)
            throws IOException, NotUpToDate {
        if (!Files.isDirectory(directory)) {
            throw new NotUpToDate(directory + " is not a folder");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.toList();
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new NotUpToDate(file + " is not a file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                add(file.getFileName().toString(), in, into);
            }
        }
    }

    private static void add(String fileName, InputStream in, Map<String, Migration> into) throws IOException, NotUpToDate {
        if (UNDO.matcher(fileName).matches()) {
            return;
        }
        Matcher versioned = VERSIONED.matcher(fileName);
        if (!versioned.matches()) {
            // a repeatable migration, a callback, a misnamed file: Flyway decides what it means
            throw new NotUpToDate(fileName + " is not a versioned migration or an undo twin");
        }
        String version = MigrationVersion.fromVersion(versioned.group(1)).getVersion();
        Migration migration = new Migration(version, versioned.group(2).replace('_', ' '), fileName, checksum(in));
        if (into.put(version, migration) != null) {
            throw new NotUpToDate("two migrations with version " + version + ", one is " + fileName);
        }
    }

    /** Flyway's checksum of a SQL migration: CRC-32 over each line's UTF-8 bytes, without line ends or a leading BOM. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean first = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    // --- what the database has ---------------------------------------------------------------------------------

    /** Every module's successful versioned migrations by schema and version: two statements on one connection. */
    private static Map<String, Map<String, Migration>> applied(List<ApplicationModule> modules, DataSource dataSource)
            throws SQLException, NotUpToDate {
        List<String> schemas = modules.stream().map(ApplicationModule::schema).distinct().toList();
        if (schemas.size() != modules.size()) {
            throw new NotUpToDate("two modules share a schema");
        }
        try (Connection connection = dataSource.getConnection()) {
            Set<String> withHistory = new HashSet<>();
            try (PreparedStatement tables = connection.prepareStatement("""
                    select n.nspname from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                    where c.relname = ? and c.relkind in ('r', 'p') and n.nspname::text = any (?)""")) {
                Array names = connection.createArrayOf("text", schemas.toArray());
                tables.setString(1, ModuleMigrations.HISTORY_TABLE);
                tables.setArray(2, names);
                try (ResultSet rows = tables.executeQuery()) {
                    while (rows.next()) {
                        withHistory.add(rows.getString(1));
                    }
                }
            }
            for (String schema : schemas) {
                if (!withHistory.contains(schema)) {
                    throw new NotUpToDate("schema " + schema + " has no " + ModuleMigrations.HISTORY_TABLE);
                }
            }
            Map<String, Map<String, Migration>> applied = new HashMap<>();
            StringBuilder sql = new StringBuilder();
            for (String schema : schemas) {
                sql.append(sql.isEmpty() ? "" : "\nunion all\n")
                        .append("select ").append(literal(schema))
                        .append(" as schema, type, version, description, script, checksum, success from ")
                        .append(identifier(schema)).append('.').append(identifier(ModuleMigrations.HISTORY_TABLE));
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(sql.toString())) {
                while (rows.next()) {
                    String schema = rows.getString("schema");
                    String type = rows.getString("type");
                    boolean success = rows.getBoolean("success");
                    if (!success) {
                        throw new NotUpToDate(schema + " has a failed migration: " + rows.getString("script"));
                    }
                    if ("SCHEMA".equals(type)) {
                        continue; // Flyway's marker that it created the schema
                    }
                    int checksum = rows.getInt("checksum");
                    if (!"SQL".equals(type) || rows.wasNull() || rows.getString("version") == null) {
                        throw new NotUpToDate(schema + " has a " + type + " row: " + rows.getString("script"));
                    }
                    Migration migration = new Migration(rows.getString("version"), rows.getString("description"),
                            rows.getString("script"), checksum);
                    if (applied.computeIfAbsent(schema, s -> new HashMap<>()).put(migration.version(), migration) != null) {
                        throw new NotUpToDate(schema + " has version " + migration.version() + " twice");
                    }
                }
            }
            return applied;
        }
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("Cannot read " + url, e);
        }
    }

    private static String trimSlashes(String folder) {
        String trimmed = folder;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return Objects.requireNonNull(trimmed);
    }
}
