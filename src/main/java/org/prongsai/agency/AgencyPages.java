package org.prongsai.agency;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public site says about the agency beyond its profile: its people (executives, staff) and its pages. */
@Service
public class AgencyPages {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<Person> PERSON_ROWS = new DataClassRowMapper<>(Person.class);
    private static final DataClassRowMapper<AboutPage> ABOUT_PAGE_ROWS = new DataClassRowMapper<>(AboutPage.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final AgencyManagement agencies;

    AgencyPages(JdbcClient jdbc, AuditTrail audit, AgencyManagement agencies) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public List<Person> people(AgencyId agency) {
        return jdbc.sql(
                        """
                        select id, side, name, position, phone, email, photo_sha256, sort_order from agency_person
                        where agency_id = :agency order by side desc, sort_order, name
                        """)
                .param("agency", agency.value())
                .query(PERSON_ROWS)
                .list();
    }

    /** Adds an executive; the photo, if any, is already stored by the document module. */
    @Transactional
    public UUID addPerson(AgencyId agency, PersonForm form, String photoSha256) {
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into agency_person (agency_id, id, side, name, position, phone, email, photo_sha256,
                            sort_order)
                        values (:agency, :id, :side, :name, :position, :phone, :email, :photo, :sortOrder)
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .param("side", form.side().name())
                .param("name", form.name().strip())
                .param("position", form.position().strip())
                .param("phone", AgencyManagement.blankToNull(form.phone()))
                .param("email", AgencyManagement.blankToNull(form.email()))
                .param("photo", photoSha256)
                .param("sortOrder", form.sortOrder())
                .update();
        audit.record(
                agency,
                "create",
                "agency_person",
                id,
                null,
                Map.of("name", form.name().strip(), "position", form.position().strip()));
        agencies.changed(agency);
        return id;
    }

    @Transactional
    public void removePerson(AgencyId agency, UUID id) {
        if (jdbc.sql("delete from agency_person where agency_id = :agency and id = :id")
                        .param("agency", agency.value())
                        .param("id", id)
                        .update()
                > 0) {
            audit.record(agency, "delete", "agency_person", id, Map.of("id", id.toString()), null);
            agencies.changed(agency);
        }
    }

    @Transactional(readOnly = true)
    public List<AboutPage> aboutPages(AgencyId agency) {
        return jdbc.sql(
                        """
                        select page, body, file_sha256, file_name, file_type, updated_at from agency_page
                        where agency_id = :agency order by page
                        """)
                .param("agency", agency.value())
                .query(ABOUT_PAGE_ROWS)
                .list();
    }

    /** Saves a page's text; a new document replaces the old one, none keeps it. */
    @Transactional
    public void saveAboutPage(
            AgencyId agency, AboutPage.Kind page, String body, String fileSha256, String fileName, String fileType) {
        if (body != null && body.length() > 20_000) {
            throw new Refusal("body", "validation.too-long");
        }
        var before = aboutPages(agency).stream()
                .filter(p -> p.page() == page)
                .findFirst()
                .orElse(null);
        jdbc.sql(
                        """
                        insert into agency_page (agency_id, page, body, file_sha256, file_name, file_type)
                        values (:agency, :page, :body, :sha, :name, :type)
                        on conflict (agency_id, page) do update set body = excluded.body,
                            file_sha256 = coalesce(excluded.file_sha256, agency_page.file_sha256),
                            file_name = coalesce(excluded.file_name, agency_page.file_name),
                            file_type = coalesce(excluded.file_type, agency_page.file_type), updated_at = now()
                        """)
                .param("agency", agency.value())
                .param("page", page.name())
                .param("body", AgencyManagement.blankToNull(body))
                .param("sha", fileSha256)
                .param("name", fileName)
                .param("type", fileType)
                .update();
        audit.record(
                agency,
                "update",
                "agency_page",
                page.name(),
                before == null ? null : Map.of("body", String.valueOf(before.body())),
                Map.of("body", String.valueOf(AgencyManagement.blankToNull(body)), "file", String.valueOf(fileName)));
        agencies.changed(agency);
    }
}
