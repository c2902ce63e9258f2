package org.prongsai.assessment.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prongsai.framework.Framework;
import org.prongsai.framework.Question;

/**
 * Counts individual responses of one tool into answer counts for the engine. A response is one int per
 * answer slot (each question's sub-items in framework order; see {@link #slots()}): the index of the chosen
 * answer, {@link #NOT_APPLICABLE}, or {@link #UNANSWERED}. Counting is a flat array increment, so a million
 * responses take well under a second. Not thread-safe; one tally per thread, then {@link #merge}.
 */
public final class ResponseTally {

    public static final int NOT_APPLICABLE = -1;
    public static final int UNANSWERED = -2;

    private final List<Question> questions;
    private final int[] slotOffset; // where each slot's counts start in counts
    private final int[] slotOptions;
    private final long[] counts;
    private final long[] notApplicable;
    private long responses;

    public ResponseTally(Framework framework, String tool) {
        this.questions = framework.questions().stream()
                .filter(q -> q.tool().equals(tool))
                .toList();
        var offsets = new ArrayList<Integer>();
        var options = new ArrayList<Integer>();
        int offset = 0;
        for (var q : questions) {
            int n = framework.scaleOf(q).options().size();
            for (int s = 0; s < q.answerCount(); s++) {
                offsets.add(offset);
                options.add(n);
                offset += n;
            }
        }
        this.slotOffset = offsets.stream().mapToInt(Integer::intValue).toArray();
        this.slotOptions = options.stream().mapToInt(Integer::intValue).toArray();
        this.counts = new long[offset];
        this.notApplicable = new long[slotOffset.length];
    }

    /** How many answers one response holds. */
    public int slots() {
        return slotOffset.length;
    }

    /** How many answers the slot's question offers. */
    public int optionsOf(int slot) {
        return slotOptions[slot];
    }

    public void add(int[] response) {
        if (response.length != slotOffset.length) {
            throw new IllegalArgumentException(
                    "a response has " + slotOffset.length + " answers, not " + response.length);
        }
        for (int s = 0; s < response.length; s++) {
            int answer = response[s];
            if (answer >= 0) {
                if (answer >= slotOptions[s]) {
                    throw new IllegalArgumentException("answer " + answer + " out of range in slot " + s);
                }
                counts[slotOffset[s] + answer]++;
            } else if (answer == NOT_APPLICABLE) {
                notApplicable[s]++;
            }
        }
        responses++;
    }

    /**
     * Counts one response stored as bytes from {@code offset} on ({@link #slots()} of them), the compact form
     * in which responses are kept and read back in bulk.
     */
    public void add(byte[] data, int offset) {
        for (int s = 0; s < slotOffset.length; s++) {
            int answer = data[offset + s];
            if (answer >= 0) {
                if (answer >= slotOptions[s]) {
                    throw new IllegalArgumentException("answer " + answer + " out of range in slot " + s);
                }
                counts[slotOffset[s] + answer]++;
            } else if (answer == NOT_APPLICABLE) {
                notApplicable[s]++;
            }
        }
        responses++;
    }

    public void merge(ResponseTally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        for (int i = 0; i < notApplicable.length; i++) {
            notApplicable[i] += other.notApplicable[i];
        }
        responses += other.responses;
    }

    public long responses() {
        return responses;
    }

    /** The counts per question, in the engine's form. */
    public Map<String, Answers> answers() {
        var out = new LinkedHashMap<String, Answers>();
        int slot = 0;
        for (var q : questions) {
            var rows = new ArrayList<long[]>();
            var na = new ArrayList<Long>();
            for (int s = 0; s < q.answerCount(); s++, slot++) {
                var row = new long[slotOptions[slot]];
                System.arraycopy(counts, slotOffset[slot], row, 0, row.length);
                rows.add(row);
                na.add(notApplicable[slot]);
            }
            out.put(q.id(), new Answers(rows, na, null, null));
        }
        return out;
    }
}
