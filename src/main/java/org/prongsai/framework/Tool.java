package org.prongsai.framework;

import java.util.List;

/** IIT, EIT or OIT; the EIT has two channels, EP (online) and ES (collected by assessors). */
public record Tool(String code, Text name, double weight, List<Channel> channels, Provenance provenance) {

    public record Channel(String code, Text name) {}
}
