package org.prongsai.disclosure;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which links may be published and checked: http(s) to a name that resolves, and only to public addresses. An
 * address in IANA's IPv4 or IPv6 Special-Purpose Address Registry (private, shared carrier-grade NAT, loopback,
 * link-local, benchmarking, documentation, NAT64, 6to4, Teredo, unique-local, multicast, reserved …) is refused
 * and never fetched, so the checker cannot be turned against the agency's own network; the checker connects to
 * the very addresses vetted here, so a name cannot be pointed elsewhere between the check and the fetch.
 */
final class LinkPolicy {

    /** IANA IPv4 Special-Purpose Address Registry (2024), plus multicast and the limited broadcast. */
    private static final List<Block> SPECIAL_V4 = blocks(
            "0.0.0.0/8",
            "10.0.0.0/8",
            "100.64.0.0/10",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "172.16.0.0/12",
            "192.0.0.0/24",
            "192.0.2.0/24",
            "192.31.196.0/24",
            "192.52.193.0/24",
            "192.88.99.0/24",
            "192.168.0.0/16",
            "192.175.48.0/24",
            "198.18.0.0/15",
            "198.51.100.0/24",
            "203.0.113.0/24",
            "224.0.0.0/4",
            "240.0.0.0/4",
            "255.255.255.255/32");

    /** IANA IPv6 Special-Purpose Address Registry (2024), plus multicast and the old site-local block. */
    private static final List<Block> SPECIAL_V6 = blocks(
            "::/128",
            "::1/128",
            "::/96",
            "::ffff:0:0:0/96",
            "::ffff:0:0/96",
            "64:ff9b::/96",
            "64:ff9b:1::/48",
            "100::/64",
            "2001::/23",
            "2001:db8::/32",
            "2002::/16",
            "2620:4f:8000::/48",
            "3fff::/20",
            "5f00::/16",
            "fc00::/7",
            "fe80::/10",
            "fec0::/10",
            "ff00::/8");

    private LinkPolicy() {}

    enum Verdict {
        PUBLIC,
        MALFORMED,
        PRIVATE,
        UNRESOLVABLE
    }

    /** A link judged, with the addresses its name had when it was judged (empty unless public). */
    record Judgement(Verdict verdict, String host, List<InetAddress> addresses) {}

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

    /** Resolves the link's name once and judges every address it has. */
    static Judgement judge(String link) {
        if (!wellFormed(link)) {
            return new Judgement(Verdict.MALFORMED, null, List.of());
        }
        var host = URI.create(link.strip()).getHost();
        var lower = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (lower.equals("localhost")
                || lower.endsWith(".localhost")
                || lower.endsWith(".local")
                || lower.endsWith(".internal")
                || lower.endsWith(".arpa")) {
            return new Judgement(Verdict.PRIVATE, host, List.of());
        }
        // A number written with leading zeros (0177.0.0.1) is octal to a browser and decimal to Java: whichever
        // it means, it is not how a public site is linked.
        if (lower.matches("[0-9.]+")
                && java.util.Arrays.stream(lower.split("\\."))
                        .anyMatch(part -> part.length() > 1 && part.startsWith("0"))) {
            return new Judgement(Verdict.PRIVATE, host, List.of());
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(lower);
        } catch (UnknownHostException e) {
            return new Judgement(Verdict.UNRESOLVABLE, host, List.of());
        }
        for (var address : addresses) {
            if (special(address)) {
                return new Judgement(Verdict.PRIVATE, host, List.of());
            }
        }
        return new Judgement(Verdict.PUBLIC, host, List.of(addresses));
    }

    /** True when the link's host is, or resolves to, a special-purpose address. */
    static boolean privateAddress(String link) {
        return judge(link).verdict() == Verdict.PRIVATE;
    }

    static boolean special(InetAddress address) {
        var blocks = address instanceof Inet4Address ? SPECIAL_V4 : SPECIAL_V6;
        var value = new BigInteger(1, address.getAddress());
        return blocks.stream()
                .filter(b -> b.bits() == address.getAddress().length * 8)
                .anyMatch(b -> b.contains(value));
    }

    private record Block(BigInteger network, int prefix, int bits) {
        boolean contains(BigInteger value) {
            return value.shiftRight(bits - prefix).equals(network.shiftRight(bits - prefix));
        }
    }

    private static List<Block> blocks(String... cidrs) {
        return java.util.Arrays.stream(cidrs)
                .map(cidr -> {
                    var parts = cidr.split("/");
                    try {
                        var address = InetAddress.getByName(parts[0]);
                        // ::ffff:0:0 is read by Java as the IPv4 address 0.0.0.0; keep it 128 bits wide.
                        var bytes = address.getAddress();
                        if (parts[0].contains(":") && bytes.length == 4) {
                            var mapped = new byte[16];
                            mapped[10] = (byte) 0xff;
                            mapped[11] = (byte) 0xff;
                            System.arraycopy(bytes, 0, mapped, 12, 4);
                            bytes = mapped;
                        }
                        return new Block(new BigInteger(1, bytes), Integer.parseInt(parts[1]), bytes.length * 8);
                    } catch (UnknownHostException e) {
                        throw new IllegalStateException(cidr, e);
                    }
                })
                .toList();
    }
}
