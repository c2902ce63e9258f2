package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema stays ready to shard by agency on Citus: every tenant table keys on {@code agency_id}, every
 * unique rule and every foreign key between tenant tables includes it, and {@code docs/tenancy-and-citus.md}
 * places every table of the schema (distributed, reference or local), so a new table must be placed there.
 */
@ProngsaiTest
class CitusReadinessTests {

    @Autowired
    JdbcClient jdbc;

    private Set<String> tables() {
        return new TreeSet<>(jdbc.sql("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE'")
                .query(String.class)
                .list());
    }

    private Set<String> tenantTables() {
        return new TreeSet<>(jdbc.sql(
                        """
                        select c.table_name from information_schema.columns c
                        join information_schema.tables t using (table_schema, table_name)
                        where c.table_schema = 'public' and c.column_name = 'agency_id' and t.table_type = 'BASE TABLE'
                        """)
                .query(String.class)
                .list());
    }

    @Test
    void everyTenantTableKeysAndLinksByAgency() {
        var tenant = tenantTables();
        assertThat(tenant).contains("audit_event", "improvement_signing");
        var problems = new ArrayList<String>();
        // Primary keys lead with agency_id.
        jdbc.sql(
                        """
                        select cl.relname as table_name, a.attname as first_column
                        from pg_constraint k
                        join pg_class cl on cl.oid = k.conrelid
                        join pg_namespace n on n.oid = cl.relnamespace and n.nspname = 'public'
                        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                        where k.contype = 'p'
                        """)
                .query((rs, n) -> {
                    if (tenant.contains(rs.getString(1)) && !"agency_id".equals(rs.getString(2))) {
                        problems.add(rs.getString(1) + ": primary key does not start with agency_id");
                    }
                    return 1;
                })
                .list();
        for (var table : tenant) {
            long keys = jdbc.sql("select count(*) from pg_constraint k join pg_class c on c.oid = k.conrelid"
                            + " where c.relname = :t and k.contype = 'p'")
                    .param("t", table)
                    .query(Long.class)
                    .single();
            if (keys == 0) {
                problems.add(table + ": no primary key");
            }
        }
        // Unique indexes (constraints included) hold agency_id.
        jdbc.sql(
                        """
                        select t.relname, i.relname
                        from pg_index x
                        join pg_class t on t.oid = x.indrelid
                        join pg_class i on i.oid = x.indexrelid
                        join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
                        where x.indisunique and not exists (
                            select from pg_attribute a
                            where a.attrelid = t.oid and a.attname = 'agency_id' and a.attnum = any (x.indkey))
                        """)
                .query((rs, n) -> {
                    if (tenant.contains(rs.getString(1))) {
                        problems.add(rs.getString(1) + ": unique index " + rs.getString(2) + " without agency_id");
                    }
                    return 1;
                })
                .list();
        // Foreign keys between tenant tables pair agency_id with agency_id.
        jdbc.sql(
                        """
                        select k.conname, src.relname, dst.relname,
                               exists (select from unnest(k.conkey, k.confkey) as p(s, d)
                                       join pg_attribute sa on sa.attrelid = k.conrelid and sa.attnum = p.s
                                       join pg_attribute da on da.attrelid = k.confrelid and da.attnum = p.d
                                       where sa.attname = 'agency_id' and da.attname = 'agency_id') as paired
                        from pg_constraint k
                        join pg_class src on src.oid = k.conrelid
                        join pg_class dst on dst.oid = k.confrelid
                        join pg_namespace n on n.oid = src.relnamespace and n.nspname = 'public'
                        where k.contype = 'f'
                        """)
                .query((rs, n) -> {
                    if (tenant.contains(rs.getString(2)) && tenant.contains(rs.getString(3)) && !rs.getBoolean(4)) {
                        problems.add(rs.getString(2) + ": foreign key " + rs.getString(1) + " to " + rs.getString(3)
                                + " does not pair agency_id");
                    }
                    return 1;
                })
                .list();
        assertThat(problems).isEmpty();
    }

    @Test
    void theCitusDocumentPlacesEveryTable() throws Exception {
        var doc = Files.readString(Path.of("docs/tenancy-and-citus.md"));
        var distributed = names(doc, "create_distributed_table\\('([a-z_]+)'");
        var reference = names(doc, "create_reference_table\\('([a-z_]+)'");
        var local = new TreeSet<String>();
        var localLine =
                Pattern.compile("-- local to the coordinator: ([a-z_, ]+)").matcher(doc);
        while (localLine.find()) {
            for (var name : localLine.group(1).split(",\\s*")) {
                local.add(name.strip());
            }
        }
        var tenant = tenantTables();
        tenant.remove("agency");
        assertThat(distributed).as("distributed tables in the document").isEqualTo(tenant);
        var placed = new TreeSet<String>(distributed);
        placed.addAll(reference);
        placed.addAll(local);
        assertThat(placed).as("every table placed, and only tables that exist").isEqualTo(tables());
    }

    private static Set<String> names(String text, String pattern) {
        var out = new TreeSet<String>();
        var m = Pattern.compile(pattern).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
