package org.prongsai.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prongsai.agency.Agency;
import org.prongsai.shared.OpenTable;

/**
 * The agency's open data as a DCAT-AP catalogue in JSON-LD, the form CKAN's harvester (ckanext-dcat) and national
 * portals read: every title and description in Thai and English, the publisher and a contact point, keywords and
 * the EU theme "government and public sector", and for each table a CSV and a JSON distribution whose address,
 * media type (IANA) and format (EU file types) are IRIs, under the licence the agency publishes under. Each
 * dataset's IRI is a fragment of the catalogue, so that it answers.
 */
final class DcatCatalogue {

    static final String THEME = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
    static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    static final String MEDIA_TYPE = "http://www.iana.org/assignments/media-types/";
    static final String THAI = "http://publications.europa.eu/resource/authority/language/THA";
    static final String ENGLISH = "http://publications.europa.eu/resource/authority/language/ENG";

    private DcatCatalogue() {}

    static Map<String, Object> of(Agency agency, List<OpenTable> tables, String base, String licence) {
        var address = base + "/opendata/catalog.jsonld";
        var publisher = publisher(agency, base);
        var datasets = new ArrayList<Map<String, Object>>();
        for (var table : tables) {
            var dataset = new LinkedHashMap<String, Object>();
            dataset.put("@id", address + "#" + table.name());
            dataset.put("@type", "dcat:Dataset");
            dataset.put("dct:identifier", agency.slug() + "-" + table.name());
            dataset.put("dct:title", both(table.titleTh(), table.titleEn()));
            dataset.put(
                    "dct:description",
                    both(
                            table.titleTh() + " ของ" + agency.nameTh()
                                    + " จากระบบโปร่งใส ปรับปรุงทุกครั้งที่ข้อมูลเปลี่ยน" + " คอลัมน์: "
                                    + String.join(", ", table.columns()),
                            table.titleEn() + " of " + english(agency) + ", from Prongsai, up to date with every"
                                    + " change. Columns: " + String.join(", ", table.columns())));
            dataset.put("dcat:keyword", keywords());
            dataset.put("dcat:theme", iri(THEME));
            dataset.put("dct:language", List.of(iri(THAI), iri(ENGLISH)));
            dataset.put("dct:publisher", publisher);
            dataset.put("dcat:contactPoint", contact(agency, base));
            dataset.put("dcat:landingPage", iri(base + "/oit"));
            dataset.put(
                    "dcat:distribution",
                    List.of(
                            distribution(base, table, "csv", "text/csv", "CSV", licence),
                            distribution(base, table, "json", "application/json", "JSON", licence)));
            datasets.add(dataset);
        }
        var catalog = new LinkedHashMap<String, Object>();
        catalog.put(
                "@context",
                Map.of(
                        "dcat", "http://www.w3.org/ns/dcat#",
                        "dct", "http://purl.org/dc/terms/",
                        "foaf", "http://xmlns.com/foaf/0.1/",
                        "vcard", "http://www.w3.org/2006/vcard/ns#"));
        catalog.put("@id", address);
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", both("ข้อมูลเปิดของ" + agency.nameTh(), "Open data of " + english(agency)));
        catalog.put(
                "dct:description",
                both(
                        "ข้อมูลที่" + agency.nameTh() + "เปิดเผยตามเกณฑ์การประเมินคุณธรรมและความโปร่งใส (ITA):"
                                + " สถานะการเปิดเผยข้อมูล ผลการประเมิน ประกาศ และสถิติ",
                        "What " + english(agency) + " discloses for the Integrity and Transparency Assessment (ITA):"
                                + " disclosure status, results, announcements and statistics"));
        catalog.put("dct:publisher", publisher);
        catalog.put("foaf:homepage", iri(base + "/"));
        catalog.put("dct:language", List.of(iri(THAI), iri(ENGLISH)));
        catalog.put("dct:license", licenceOf(licence));
        catalog.put("dcat:themeTaxonomy", iri("http://publications.europa.eu/resource/authority/data-theme"));
        catalog.put("dcat:dataset", datasets);
        return catalog;
    }

    private static Map<String, Object> distribution(
            String base, OpenTable table, String extension, String mediaType, String format, String licence) {
        var url = base + "/opendata/" + table.name() + "." + extension;
        var distribution = new LinkedHashMap<String, Object>();
        distribution.put("@id", url);
        distribution.put("@type", "dcat:Distribution");
        distribution.put(
                "dct:title", both(table.titleTh() + " (" + format + ")", table.titleEn() + " (" + format + ")"));
        distribution.put(
                "dct:description",
                both("ตาราง " + table.titleTh() + " ในรูปแบบ " + format, table.titleEn() + " as " + format));
        distribution.put("dcat:accessURL", iri(url));
        distribution.put("dcat:downloadURL", iri(url));
        distribution.put("dcat:mediaType", iri(MEDIA_TYPE + mediaType));
        distribution.put("dct:format", iri(FILE_TYPE + format));
        distribution.put("dct:license", licenceOf(licence));
        return distribution;
    }

    private static Map<String, Object> publisher(Agency agency, String base) {
        var publisher = new LinkedHashMap<String, Object>();
        publisher.put("@id", base + "/#agency");
        publisher.put("@type", List.of("foaf:Agent", "foaf:Organization"));
        publisher.put("foaf:name", both(agency.nameTh(), english(agency)));
        publisher.put("foaf:homepage", iri(base + "/"));
        return publisher;
    }

    private static Map<String, Object> contact(Agency agency, String base) {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("@id", base + "/contact#agency");
        contact.put("@type", List.of("vcard:Kind", "vcard:Organization"));
        contact.put("vcard:fn", agency.nameTh());
        contact.put("vcard:hasURL", iri(base + "/contact"));
        if (agency.email() != null && !agency.email().isBlank()) {
            contact.put("vcard:hasEmail", iri("mailto:" + agency.email().strip()));
        }
        if (agency.phone() != null && !agency.phone().isBlank()) {
            contact.put("vcard:hasTelephone", iri("tel:" + agency.phone().replaceAll("[^0-9+]", "")));
        }
        return contact;
    }

    private static Map<String, Object> licenceOf(String licence) {
        return Map.of("@id", licence, "@type", "dct:LicenseDocument");
    }

    private static List<Map<String, String>> keywords() {
        return List.of(
                Map.of("@value", "ITA", "@language", "en"),
                Map.of("@value", "OIT", "@language", "en"),
                Map.of("@value", "transparency", "@language", "en"),
                Map.of("@value", "ความโปร่งใส", "@language", "th"),
                Map.of("@value", "คุณธรรมและความโปร่งใส", "@language", "th"));
    }

    private static List<Map<String, String>> both(String thai, String english) {
        return List.of(Map.of("@value", thai, "@language", "th"), Map.of("@value", english, "@language", "en"));
    }

    private static Map<String, String> iri(String address) {
        return Map.of("@id", address);
    }

    private static String english(Agency agency) {
        return agency.nameEn() == null || agency.nameEn().isBlank() ? agency.nameTh() : agency.nameEn();
    }
}
