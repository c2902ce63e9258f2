package org.prongsai.assessment.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prongsai.framework.Framework;

/**
 * Where a question's answers come from: the agency's staff (IIT), citizens online (EP) or citizens met by the
 * assessors (ES); EP and ES are the EIT's two channels. Stored and shown by name ("IIT", "EP", "ES"); any other
 * name is refused where it is read, never taken for one of these.
 */
public enum Channel {
    IIT(Framework.IIT),
    EP(Framework.EIT),
    ES(Framework.EIT);

    private final String tool;

    Channel(String tool) {
        this.tool = tool;
    }

    /** The tool whose questions this channel answers: IIT or EIT. */
    public String tool() {
        return tool;
    }

    /** The channels that answer a tool's questions: IIT's one, the EIT's two, none for the OIT. */
    public static List<Channel> of(String tool) {
        return Arrays.stream(values()).filter(c -> c.tool.equals(tool)).toList();
    }

    /** The channel of this exact name, or empty. */
    public static Optional<Channel> named(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

    /** This channel's answers in the input. */
    public Map<String, Answers> answersIn(ScoringInput input) {
        return switch (this) {
            case IIT -> input.iit();
            case EP -> input.ep();
            case ES -> input.es();
        };
    }
}
