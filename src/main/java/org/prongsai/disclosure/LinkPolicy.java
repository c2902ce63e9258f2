package org.prongsai.disclosure;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which links may be published and checked: http(s) to a public address only. A link to a private or local
 * address is refused and never fetched, so the checker cannot be turned against the agency's own network.
 */
final class LinkPolicy {

    private LinkPolicy() {}

    static boolean wellFormed(String link) {
        try {
            var uri = URI.create(link.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && link.length() <= 500;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when the link's host is a literal or named private, loopback, link-local or unspecified address. */
    static boolean privateAddress(String link) {
        var host = URI.create(link.strip()).getHost();
        if (host == null) {
            return true;
        }
        var lower = host.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("localhost")
                || lower.endsWith(".localhost")
                || lower.endsWith(".local")
                || lower.endsWith(".internal")) {
            return true;
        }
        try {
            for (var address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress()
                        || address.isSiteLocalAddress()
                        || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress()
                        || address.isMulticastAddress()
                        || isUniqueLocal(address)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            // Not resolvable here: judged by its name only, and the link check will report it.
            return false;
        }
    }

    private static boolean isUniqueLocal(InetAddress address) {
        var bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
