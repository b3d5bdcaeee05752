package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a downgrade plan's undo twins, latest first, and deletes their rows from the module's history, all in one
 * transaction (PostgreSQL DDL is transactional): every step happens, or none. A step is refused, and the transaction
 * rolled back, when PostgreSQL will not drop something other objects depend on, or when it drops a table or column
 * that holds data and the caller did not force it.
 */
final class UndoTransaction {

    private static final String DEPENDENT_OBJECTS_STILL_EXIST = "2BP01";
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;
    private final ApplicationModule module;
    private final boolean force;

    UndoTransaction(Connection connection, ApplicationModule module, boolean force) {
        this.connection = connection;
        this.module = module;
        this.force = force;
    }

    /** Answers the data that went with the dropped tables and columns (only ever non-empty when forced). */
    List<String> run(DowngradePlan plan) throws SQLException {
        List<String> destroyed = new ArrayList<>();
        connection.setAutoCommit(false);
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("set local search_path to " + Sql.quote(module.schema()));
                s.execute("set local lock_timeout = '10s'");
            }
            for (DowngradeStep step : plan.steps()) {
                destroyed.addAll(undo(step));
                forget(step);
            }
            connection.commit();
            return destroyed;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private List<String> undo(DowngradeStep step) throws SQLException {
        SchemaContents before = SchemaContents.read(connection);
        Savepoint beforeStep = connection.setSavepoint();
        execute(step);
        List<SchemaContents.Removal> removed = before.removedIn(SchemaContents.read(connection));
        if (removed.isEmpty()) {
            return List.of();
        }
        // The data is gone inside the transaction by now: look at it as it was, then run the step again.
        connection.rollback(beforeStep);
        List<String> losses = new ArrayList<>();
        for (SchemaContents.Removal removal : removed) {
            if (removal.holdsData(connection)) {
                losses.add(removal.describe());
            }
        }
        if (!losses.isEmpty() && !force) {
            throw refusal(step, "would destroy data (" + String.join("; ", losses) + "); rerun with --force to accept");
        }
        execute(step);
        return losses;
    }

    private void execute(DowngradeStep step) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(step.undoSql());
        } catch (SQLException e) {
            if (DEPENDENT_OBJECTS_STILL_EXIST.equals(e.getSQLState())) {
                throw refusal(step, "other migrations depend on what " + step.undoFile() + " removes ("
                        + detail(e) + "); undo the dependent module's migrations first");
            }
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw refusal(step, "a table it changes is in use by another session (is the application running?)");
            }
            throw refusal(step, step.undoFile() + " failed: " + OneLine.of(serverMessage(e)));
        }
    }

    private void forget(DowngradeStep step) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from "
                + Sql.table(module.schema(), ModuleMigrations.HISTORY_TABLE) + " where installed_rank = ?")) {
            delete.setInt(1, step.installedRank());
            delete.executeUpdate();
        }
    }

    private MigrationRefusedException refusal(DowngradeStep step, String why) {
        return new MigrationRefusedException("refused to undo " + module.name() + " " + step.migration() + ": " + why);
    }

    private static String detail(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server != null && server.getDetail() != null) {
            return String.join("; ", server.getDetail().lines().map(String::strip).toList());
        }
        return OneLine.of(serverMessage(e));
    }

    private static String serverMessage(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return server != null && server.getMessage() != null ? server.getMessage() : e.getMessage();
    }
}
