package org.prongsai.framework;

import java.util.List;

/** The answers a question offers, in order, each with its score for a question scored the normal way. */
public record Scale(List<Option> options, Provenance provenance) {

    public record Option(String code, Text label, double score) {}
}
