package com.yumroad.kernel.db.migration;

/** One applied migration to take back: its history row, its file name and its undo twin's SQL. */
record DowngradeStep(int installedRank, MigrationFileName migration, String undoSql) {

    String undoFile() {
        return migration.twin().fileName();
    }
}
