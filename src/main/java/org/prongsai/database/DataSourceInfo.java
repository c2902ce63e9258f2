package org.prongsai.database;

/** Where the database is, for start-up messages, backups and the demo-data default. */
public record DataSourceInfo(String jdbcUrl, String username, boolean external) {}
