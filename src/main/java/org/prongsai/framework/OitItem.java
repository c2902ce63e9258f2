package org.prongsai.framework;

import java.util.List;

/**
 * An OIT item (O1–O43 in 2566, O1–O26 from 2568): what must be published, scored 100 when every element is
 * there, else 0. Its {@code meanings} say what it is about in keys that stay when the NACC renumbers the list
 * ({@code executives}, {@code improvement-plan}, …): the evidence Prongsai makes itself, and evidence carried
 * from one year to the next, follow them. An item whose name is not known has none, rather than a guess.
 */
public record OitItem(
        String id,
        String code,
        String subIndicator,
        int indicator,
        Text name,
        List<Text> requiredElements,
        Text recommendation,
        Provenance provenance,
        List<String> meanings,
        Provenance elementsProvenance) {

    public OitItem {
        meanings = meanings == null ? List.of() : List.copyOf(meanings);
        requiredElements = requiredElements == null ? List.of() : requiredElements;
    }

    /** How the shipped data names an item whose name no source showed (2568's O5–O7, 2569's O2, O6, O7). */
    public static final String UNKNOWN_NAME_TH = "ไม่ทราบชื่อข้อ";

    /** False for an item whose name is not known: documents then cite it by its number alone. */
    public boolean nameKnown() {
        return name != null && name.th() != null && !name.th().startsWith(UNKNOWN_NAME_TH);
    }

    public boolean means(String meaning) {
        return meanings.contains(meaning);
    }

    OitItem withTexts(Text changedName, Text changedRecommendation) {
        return with(changedName, changedRecommendation, meanings);
    }

    OitItem withMeanings(List<String> changedMeanings) {
        return with(name, recommendation, changedMeanings);
    }

    private OitItem with(Text changedName, Text changedRecommendation, List<String> changedMeanings) {
        return new OitItem(
                id,
                code,
                subIndicator,
                indicator,
                changedName,
                requiredElements,
                changedRecommendation,
                provenance,
                changedMeanings,
                elementsProvenance);
    }
}
