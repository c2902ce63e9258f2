package org.prongsai.disclosure;

import java.util.List;
import org.prongsai.framework.OitItem;

/**
 * Where an item stands: complete when every required element has evidence with data of the assessed year,
 * no broken link and no file that fails to open; stale when evidence exists but none of it is of that year.
 */
public record ItemStatus(
        OitItem item, List<Evidence> evidence, List<Integer> missingElements, boolean stale, boolean brokenLink) {

    public enum State {
        COMPLETE,
        INCOMPLETE,
        STALE
    }

    public boolean brokenFile() {
        return evidence.stream().anyMatch(Evidence::brokenFile);
    }

    public State state() {
        if (evidence.isEmpty() || !missingElements.isEmpty() || brokenLink || brokenFile()) {
            return stale ? State.STALE : State.INCOMPLETE;
        }
        return stale ? State.STALE : State.COMPLETE;
    }
}
