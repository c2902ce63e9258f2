package org.prongsai.assessment;

import java.util.List;
import org.prongsai.framework.Text;

/**
 * A question (in one channel) or OIT item that needs work: below the threshold or lower than last year.
 * {@code gain} is how many points the total would rise by if it scored 100.
 */
public record WeakPoint(
        String channel,
        String id,
        int indicator,
        Text text,
        double score,
        Double previousScore,
        double gain,
        boolean belowThreshold,
        boolean fell,
        Text recommendation,
        List<String> citedOitItems) {

    /** The id of a weak point that is a whole indicator ("indicator-9"): results known at that level only. */
    public static final String INDICATOR = "indicator-";

    public boolean wholeIndicator() {
        return id.startsWith(INDICATOR);
    }
}
