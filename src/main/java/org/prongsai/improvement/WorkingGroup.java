package org.prongsai.improvement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** คณะทำงาน: who reviewed the results and approved the year's plan, in the order the order of appointment lists them. */
@Service
public class WorkingGroup {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<Member> MEMBER_ROWS = new DataClassRowMapper<>(Member.class);

    public record Member(String name, String title, String role) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    WorkingGroup(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Member> members(AgencyId agency, int planYear) {
        return jdbc.sql(
                        """
                        select name, title, role from improvement_member
                        where agency_id = :a and plan_year = :y order by position
                        """)
                .param("a", agency.value())
                .param("y", planYear)
                .query(MEMBER_ROWS)
                .list();
    }

    /**
     * Reads one member a line, "name | title | role" (title may be empty), refusing a line without a name or
     * a role; nothing is saved unless every line is right.
     */
    public static List<Member> parse(String text) {
        var members = new ArrayList<Member>();
        var lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            var parts = line.split("\\|", -1);
            var name = parts[0].strip();
            var title = parts.length > 1 ? parts[1].strip() : "";
            var role = parts.length > 2 ? parts[2].strip() : "";
            if (name.isEmpty()
                    || role.isEmpty()
                    || parts.length > 3
                    || name.length() > 200
                    || title.length() > 200
                    || role.length() > 100) {
                // The line itself is quoted: on a phone a wrapped textarea's line numbers are hard to count.
                throw ImprovementManagement.refused(
                        "members",
                        "improvement.members.line",
                        i + 1,
                        line.length() > 60 ? line.substring(0, 60) + "…" : line);
            }
            members.add(new Member(name, title.isEmpty() ? null : title, role));
        }
        return members;
    }

    @Transactional
    public void replace(AgencyId agency, int planYear, List<Member> members) {
        var before = members(agency, planYear);
        jdbc.sql("delete from improvement_member where agency_id = :a and plan_year = :y")
                .param("a", agency.value())
                .param("y", planYear)
                .update();
        for (int i = 0; i < members.size(); i++) {
            var m = members.get(i);
            jdbc.sql(
                            """
                            insert into improvement_member (agency_id, plan_year, position, name, title, role)
                            values (:a, :y, :p, :name, :title, :role)
                            """)
                    .param("a", agency.value())
                    .param("y", planYear)
                    .param("p", i)
                    .param("name", m.name())
                    .param("title", m.title())
                    .param("role", m.role())
                    .update();
        }
        audit.record(
                agency,
                "update",
                "improvement_member",
                planYear,
                Map.of("members", before.size()),
                Map.of("members", members.size()));
    }
}
