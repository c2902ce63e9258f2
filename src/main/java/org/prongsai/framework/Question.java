package org.prongsai.framework;

import java.util.List;

/** An IIT or EIT question; with sub-items a person answers each, and the question scores their mean. */
public record Question(
        String id,
        String tool,
        int indicator,
        Text text,
        List<Text> subItems,
        String scale,
        Direction direction,
        Text recommendation,
        Provenance provenance,
        Provenance recommendationProvenance) {

    /** How many answers a person gives: one per sub-item, or one. */
    public int answerCount() {
        return subItems == null || subItems.isEmpty() ? 1 : subItems.size();
    }
}
