package org.prongsai.agency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prongsai.audit.AuditTrail;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The agency module's API: agencies, their profiles and their units. {@link AgencyPages} keeps the rest. */
@Service
public class AgencyManagement {

    // Mapped by column names read once, not by trying each property name as a column (which throws).
    private static final DataClassRowMapper<Unit> UNIT_ROWS = new DataClassRowMapper<>(Unit.class);
    private static final DataClassRowMapper<Agency> AGENCY_ROWS = new DataClassRowMapper<>(Agency.class);

    private static final String COLUMNS =
            """
            id, slug, host, name_th, name_en, kind, size, province, district, subdistrict, address, postcode,
            phone, fax, email, website, facebook, line_id, youtube, emblem_sha256, chief_name, chief_title,
            clerk_name, clerk_title
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    // Every request looks its agency up (by host or slug, then its profile for the layout); agencies change
    // rarely, so keep them in memory, forget on change here and when another instance says so, and at most a
    // minute after a change made behind the application's back. These lookups are not transactional: a kept
    // agency costs no pooled connection.
    private final Cache<UUID, Agency> byId = keep();
    private final Cache<String, UUID> idBySlug = keep();
    private final Cache<String, UUID> idByHost = keep();

    AgencyManagement(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    private static <K, V> Cache<K, V> keep() {
        return Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(60))
                .maximumSize(20_000)
                .build();
    }

    public Agency get(AgencyId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No agency " + id));
    }

    public Optional<Agency> find(AgencyId id) {
        var cached = byId.getIfPresent(id.value());
        if (cached != null) {
            return Optional.of(cached);
        }
        var found = jdbc.sql("select " + COLUMNS + " from agency where id = :id")
                .param("id", id.value())
                .query(AGENCY_ROWS)
                .optional();
        found.ifPresent(a -> byId.put(a.id(), a));
        return found;
    }

    /** Forgets what is kept of an agency, when another instance changed it. */
    public void forgetKept(AgencyId id) {
        byId.invalidate(id.value());
        idBySlug.asMap().values().removeIf(id.value()::equals);
        idByHost.asMap().values().removeIf(id.value()::equals);
    }

    /** The agency's kept profile is dropped now and again once the change commits, and its pages forgotten. */
    void changed(AgencyId id) {
        forgetKept(id);
        // Again when the transaction ends, committed or not: this transaction itself may have kept the new
        // profile meanwhile (the audit reads it back), which a rollback must not leave behind.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetKept(id);
                }
            });
        }
        events.publishEvent(new AgencyProfileChanged(id));
    }

    /** The agency of the current request. */
    public Agency current() {
        return get(CurrentAgency.get());
    }

    public Optional<AgencyId> findIdBySlug(String slug) {
        var cached = idBySlug.getIfPresent(slug);
        if (cached != null) {
            return Optional.of(new AgencyId(cached));
        }
        var found = jdbc.sql("select id from agency where slug = :slug")
                .param("slug", slug)
                .query(UUID.class)
                .optional();
        found.ifPresent(id -> idBySlug.put(slug, id));
        return found.map(AgencyId::new);
    }

    public Optional<AgencyId> findIdByHost(String host) {
        var name = host.toLowerCase(java.util.Locale.ROOT);
        var cached = idByHost.getIfPresent(name);
        if (cached != null) {
            return Optional.of(new AgencyId(cached));
        }
        var found = jdbc.sql("select id from agency where host = :host")
                .param("host", name)
                .query(UUID.class)
                .optional();
        found.ifPresent(id -> idByHost.put(name, id));
        return found.map(AgencyId::new);
    }

    /** The agency of a single-agency deployment: the first one created. */
    @Transactional(readOnly = true)
    public Optional<AgencyId> first() {
        return jdbc.sql("select id from agency order by created_at, id limit 1")
                .query(UUID.class)
                .optional()
                .map(AgencyId::new);
    }

    @Transactional(readOnly = true)
    public List<Agency> all() {
        return jdbc.sql("select " + COLUMNS + " from agency order by name_th")
                .query(AGENCY_ROWS)
                .list();
    }

    @Transactional
    public AgencyId create(NewAgencyForm form) {
        if (findIdBySlug(form.slug()).isPresent()) {
            throw new Refusal("slug", "agency.validation.slug.taken");
        }
        if (form.host() != null
                && !form.host().isBlank()
                && findIdByHost(form.host()).isPresent()) {
            throw new Refusal("host", "agency.validation.host.taken");
        }
        var id = new AgencyId(UUID.randomUUID());
        jdbc.sql(
                        """
                        insert into agency (id, slug, host, name_th, name_en, kind, size, province)
                        values (:id, :slug, :host, :nameTh, :nameEn, :kind, :size, :province)
                        """)
                .param("id", id.value())
                .param("slug", form.slug())
                .param("host", blankToNull(form.host()))
                .param("nameTh", form.nameTh().strip())
                .param("nameEn", blankToNull(form.nameEn()))
                .param("kind", form.kind().name())
                .param("size", form.size())
                .param("province", blankToNull(form.province()))
                .update();
        audit.record(id, "create", "agency", id, null, get(id));
        changed(id);
        return id;
    }

    @Transactional
    public void updateProfile(AgencyId id, AgencyProfileForm form) {
        var before = get(id);
        jdbc.sql(
                        """
                        update agency set name_th = :nameTh, name_en = :nameEn, kind = :kind, size = :size,
                            province = :province, district = :district, subdistrict = :subdistrict,
                            address = :address, postcode = :postcode, phone = :phone, fax = :fax, email = :email,
                            website = :website, facebook = :facebook, line_id = :lineId, youtube = :youtube,
                            chief_name = :chiefName, chief_title = :chiefTitle, clerk_name = :clerkName,
                            clerk_title = :clerkTitle, updated_at = now()
                        where id = :id
                        """)
                .param("id", id.value())
                .param("nameTh", form.nameTh().strip())
                .param("nameEn", blankToNull(form.nameEn()))
                .param("kind", form.kind().name())
                .param("size", form.size())
                .param("province", blankToNull(form.province()))
                .param("district", blankToNull(form.district()))
                .param("subdistrict", blankToNull(form.subdistrict()))
                .param("address", blankToNull(form.address()))
                .param("postcode", blankToNull(form.postcode()))
                .param("phone", blankToNull(form.phone()))
                .param("fax", blankToNull(form.fax()))
                .param("email", blankToNull(form.email()))
                .param("website", blankToNull(form.website()))
                .param("facebook", blankToNull(form.facebook()))
                .param("lineId", blankToNull(form.lineId()))
                .param("youtube", blankToNull(form.youtube()))
                .param("chiefName", blankToNull(form.chiefName()))
                .param("chiefTitle", blankToNull(form.chiefTitle()))
                .param("clerkName", blankToNull(form.clerkName()))
                .param("clerkTitle", blankToNull(form.clerkTitle()))
                .update();
        changed(id);
        audit.record(id, "update", "agency", id, before, get(id));
    }

    /** Points the profile at an emblem already stored by the document module. */
    @Transactional
    public void changeEmblem(AgencyId id, String sha256) {
        var before = get(id).emblemSha256();
        jdbc.sql("update agency set emblem_sha256 = :sha, updated_at = now() where id = :id")
                .param("id", id.value())
                .param("sha", sha256)
                .update();
        changed(id);
        audit.record(
                id, "update", "agency_emblem", id, Map.of("emblem", String.valueOf(before)), Map.of("emblem", sha256));
    }

    @Transactional(readOnly = true)
    public List<Unit> units(AgencyId agency) {
        return jdbc.sql("select id, name_th, name_en, head_name, head_title, sort_order from agency_unit"
                        + " where agency_id = :agency order by sort_order, name_th")
                .param("agency", agency.value())
                .query(UNIT_ROWS)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Unit> unit(AgencyId agency, UUID unitId) {
        return jdbc.sql("select id, name_th, name_en, head_name, head_title, sort_order from agency_unit"
                        + " where agency_id = :agency and id = :id")
                .param("agency", agency.value())
                .param("id", unitId)
                .query(UNIT_ROWS)
                .optional();
    }

    @Transactional
    public UUID addUnit(AgencyId agency, UnitForm form) {
        refuseDuplicateUnitName(agency, null, form.nameTh());
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into agency_unit (agency_id, id, name_th, name_en, head_name, head_title, sort_order)
                        values (:agency, :id, :nameTh, :nameEn, :headName, :headTitle, :sortOrder)
                        """)
                .param("agency", agency.value())
                .param("id", id)
                .param("nameTh", form.nameTh().strip())
                .param("nameEn", blankToNull(form.nameEn()))
                .param("headName", blankToNull(form.headName()))
                .param("headTitle", blankToNull(form.headTitle()))
                .param("sortOrder", form.sortOrder())
                .update();
        audit.record(agency, "create", "agency_unit", id, null, unit(agency, id).orElseThrow());
        changed(agency);
        return id;
    }

    @Transactional
    public void updateUnit(AgencyId agency, UUID unitId, UnitForm form) {
        var before = unit(agency, unitId).orElseThrow(() -> new Refusal(null, "agency.unit.not-found"));
        refuseDuplicateUnitName(agency, unitId, form.nameTh());
        jdbc.sql(
                        """
                        update agency_unit set name_th = :nameTh, name_en = :nameEn, head_name = :headName,
                            head_title = :headTitle, sort_order = :sortOrder
                        where agency_id = :agency and id = :id
                        """)
                .param("agency", agency.value())
                .param("id", unitId)
                .param("nameTh", form.nameTh().strip())
                .param("nameEn", blankToNull(form.nameEn()))
                .param("headName", blankToNull(form.headName()))
                .param("headTitle", blankToNull(form.headTitle()))
                .param("sortOrder", form.sortOrder())
                .update();
        audit.record(
                agency,
                "update",
                "agency_unit",
                unitId,
                before,
                unit(agency, unitId).orElseThrow());
        changed(agency);
    }

    private void refuseDuplicateUnitName(AgencyId agency, UUID except, String nameTh) {
        boolean taken = jdbc.sql("select count(*) from agency_unit where agency_id = :agency and name_th = :name"
                                + " and (cast(:except as uuid) is null or id <> :except)")
                        .param("agency", agency.value())
                        .param("name", nameTh.strip())
                        .param("except", except)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new Refusal("nameTh", "agency.validation.unit-name.taken");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
