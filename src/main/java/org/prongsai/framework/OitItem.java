package org.prongsai.framework;

import java.util.List;

/** An OIT item (O1–O43 in 2566): what must be published, scored 100 when every element is there, else 0. */
public record OitItem(
        String id,
        String code,
        String subIndicator,
        int indicator,
        Text name,
        List<Text> requiredElements,
        Text recommendation,
        Provenance provenance) {}
