package com.yumroad.kernel.events.publication;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link EventPublications}' operator half on a plain DataSource, for the command line, whose context has no
 * application datasource. Each call is its own auto-committed statement. A resubmitted publication is delivered by
 * the next scheduler run of a running application instance.
 */
public final class PublicationAdmin {

    private final DataSource dataSource;

    public PublicationAdmin(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<FailedPublication> failed() {
        try (Connection c = dataSource.getConnection()) {
            return OperatorSql.failed(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event publication log: " + e.getMessage(), e);
        }
    }

    public boolean resubmit(long id) {
        return resubmit((Long) id) == 1;
    }

    public int resubmitAllFailed() {
        return resubmit(null);
    }

    private int resubmit(Long id) {
        try (Connection c = dataSource.getConnection()) {
            return OperatorSql.resubmitFailed(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot resubmit in the event publication log: " + e.getMessage(), e);
        }
    }
}
