package org.prongsai.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prongsai.audit.AuditTrail;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Last year's evidence of the item that means the same, offered and carried to this year's item. */
@Service
public class PreviousYearEvidence {

    private final JdbcClient jdbc;
    private final FrameworkCatalog frameworks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PreviousYearEvidence(
            JdbcClient jdbc,
            FrameworkCatalog frameworks,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public record Carryable(int fromYear, String fromItem, long count) {}

    /**
     * What staff published last year for the item that means what this one means (O42 in 2567 for O25 in
     * 2569, or the same number when the list did not change), and is not here yet.
     */
    @Transactional(readOnly = true)
    public List<Carryable> carryable(AgencyId agency, int year, String itemId) {
        var sources = previousItems(year, itemId);
        var out = new ArrayList<Carryable>();
        for (var from : sources) {
            long count = jdbc.sql(
                            """
                            select count(*) from disclosure_evidence e
                            where e.agency_id = :a and e.fiscal_year = :py and e.item_id = :from
                              and not exists (select 1 from disclosure_evidence t where t.agency_id = e.agency_id
                                  and t.fiscal_year = :y and t.item_id = :item and t.title = e.title
                                  and t.file_id is not distinct from e.file_id and t.link is not distinct from e.link)
                            """)
                    .param("a", agency.value())
                    .param("py", year - 1)
                    .param("from", from)
                    .param("y", year)
                    .param("item", itemId)
                    .query(Long.class)
                    .single();
            if (count > 0) {
                out.add(new Carryable(year - 1, from, count));
            }
        }
        return out;
    }

    private List<String> previousItems(int year, String itemId) {
        var item = frameworks
                .require(year)
                .oitItem(itemId)
                .orElseThrow(() -> new Refusal(null, "disclosure.item.unknown", itemId));
        var previous = frameworks.find(year - 1);
        if (previous.isEmpty() || item.meanings().isEmpty()) {
            return List.of();
        }
        return previous.get().oitItems().stream()
                .filter(o -> o.meanings().stream().anyMatch(item.meanings()::contains))
                .map(org.prongsai.framework.OitItem::id)
                .toList();
    }

    /**
     * Carries last year's evidence of the matching item to this one in one action: the same title, text, link
     * and file (a file is never copied, only shared), as new evidence of this year that staff then update. The
     * elements are not ticked, as the items' elements are numbered anew each year.
     */
    @Transactional
    public int carryFromPreviousYear(AgencyId agency, int year, String itemId) {
        int carried = 0;
        for (var from : previousItems(year, itemId)) {
            carried += jdbc.sql(
                            """
                            insert into disclosure_evidence (agency_id, id, fiscal_year, item_id, title, body, link, file_id,
                                file_name, data_year, elements, search_words, unit_id, published_on, file_state,
                                file_checked_at)
                            select e.agency_id, gen_random_uuid(), :y, :item, e.title, e.body, e.link, e.file_id,
                                e.file_name, e.data_year, '{}', e.search_words, e.unit_id, :today, e.file_state,
                                e.file_checked_at
                            from disclosure_evidence e
                            where e.agency_id = :a and e.fiscal_year = :py and e.item_id = :from
                              and not exists (select 1 from disclosure_evidence t where t.agency_id = e.agency_id
                                  and t.fiscal_year = :y and t.item_id = :item and t.title = e.title
                                  and t.file_id is not distinct from e.file_id and t.link is not distinct from e.link)
                            """)
                    .param("a", agency.value())
                    .param("py", year - 1)
                    .param("from", from)
                    .param("y", year)
                    .param("item", itemId)
                    .param("today", LocalDate.now(clock))
                    .update();
        }
        if (carried > 0) {
            audit.record(
                    agency,
                    "carry",
                    "disclosure_evidence",
                    year + " " + itemId,
                    null,
                    Map.of("from", year - 1, "count", carried));
            events.publishEvent(new EvidencePublished(agency, year, itemId, null));
        }
        return carried;
    }
}
