package com.yumroad.kernel.db;

import com.yumroad.kernel.module.ApplicationModule;
import com.yumroad.kernel.module.ModuleOrder;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every module's Flyway, one per module: the module's own schema, its own history table in that schema and its own
 * migrations folder, so one module's versions never meet another's. micronaut-flyway binds one Flyway per
 * datasource, which cannot express this, so the platform drives Flyway's API here.
 */
@Singleton
public class ModuleMigrations {

    public static final String HISTORY_TABLE = "flyway_schema_history";
    private static final Logger LOG = LoggerFactory.getLogger(ModuleMigrations.class);

    private final List<ApplicationModule> modules;

    public ModuleMigrations(List<ApplicationModule> modules) {
        this.modules = withPlatformFirst(ModuleOrder.dependenciesFirst(modules));
    }

    /** The platform's own schema, then the modules, dependencies first: the order their migrations run. */
    public List<ApplicationModule> modules() {
        return modules;
    }

    public ApplicationModule module(String name) {
        return modules.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No module named '" + name + "'; known: "
                        + modules.stream().map(ApplicationModule::name).toList()));
    }

    private static List<ApplicationModule> withPlatformFirst(List<ApplicationModule> modules) {
        if (modules.stream().anyMatch(m -> m.name().equals(PlatformSchema.NAME))) {
            throw new IllegalStateException("No module may be named '" + PlatformSchema.NAME + "': the platform's schema");
        }
        List<ApplicationModule> all = new ArrayList<>(modules);
        all.add(0, PlatformSchema.INSTANCE);
        return List.copyOf(all);
    }

    /** Where a module's migrations and their undo twins are, as Flyway locations ({@code classpath:} or {@code filesystem:}). */
    public List<String> locations(ApplicationModule module) {
        return List.of("classpath:" + module.migrationsFolder());
    }

    public Flyway flyway(ApplicationModule module, DataSource dataSource) {
        return configure(module, dataSource).load();
    }

    /** The module's Flyway settings, for a caller that adds its own (a target version, for one). */
    public FluentConfiguration configure(ApplicationModule module, DataSource dataSource) {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .schemas(module.schema())
                .defaultSchema(module.schema())
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(locations(module).toArray(String[]::new))
                // The undo twins (U<n>__*.sql, run by the db downgrade command) are not Flyway OSS migrations.
                .validateMigrationNaming(false);
    }

    /**
     * Migrates every module, dependencies first, and logs where each one stands. When the database already has exactly
     * the migrations this build carries ({@link UpToDateCheck}: one pass over the jar, two statements), no Flyway is
     * built or run; anything else runs every module's Flyway as always.
     */
    public List<ModuleMigrated> migrateAll(DataSource dataSource) {
        Optional<List<ModuleMigrated>> upToDate = UpToDateCheck.check(this, dataSource);
        if (upToDate.isPresent()) {
            LOG.info("Every module's history matches the migrations this build carries: Flyway has nothing to do");
            upToDate.get().forEach(outcome -> LOG.info(outcome.describe()));
            return upToDate.get();
        }
        List<ModuleMigrated> outcomes = new ArrayList<>();
        for (ApplicationModule module : modules) {
            ModuleMigrated outcome = ModuleMigrated.of(module.name(), flyway(module, dataSource).migrate());
            LOG.info(outcome.describe());
            outcomes.add(outcome);
        }
        return List.copyOf(outcomes);
    }
}
