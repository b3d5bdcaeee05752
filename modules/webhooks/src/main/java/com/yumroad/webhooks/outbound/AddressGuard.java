package com.yumroad.webhooks.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may reach: none of the host's own network. Refused: unspecified, loopback, private
 * (RFC 1918, IPv6 unique-local fc00::/7), link-local (169.254/16 with the cloud metadata service 169.254.169.254,
 * fe80::/10), carrier-grade NAT (100.64/10), IETF and documentation ranges, benchmarking (198.18/15), multicast,
 * reserved (240/4) and broadcast; IPv4 inside IPv6 (mapped, NAT64, 6to4) is judged by its IPv4 address.
 */
public final class AddressGuard {

    private static final List<Cidr> REFUSED = List.of(
            Cidr.of("0.0.0.0/8", "unspecified"), Cidr.of("10.0.0.0/8", "private"),
            Cidr.of("100.64.0.0/10", "carrier-grade NAT"), Cidr.of("127.0.0.0/8", "loopback"),
            Cidr.of("169.254.0.0/16", "link-local (cloud metadata)"), Cidr.of("172.16.0.0/12", "private"),
            Cidr.of("192.0.0.0/24", "IETF protocol assignments"), Cidr.of("192.0.2.0/24", "documentation"),
            Cidr.of("192.88.99.0/24", "6to4 relay"), Cidr.of("192.168.0.0/16", "private"),
            Cidr.of("198.18.0.0/15", "benchmarking"), Cidr.of("198.51.100.0/24", "documentation"),
            Cidr.of("203.0.113.0/24", "documentation"), Cidr.of("224.0.0.0/4", "multicast"),
            Cidr.of("240.0.0.0/4", "reserved"),
            Cidr.of("::/128", "unspecified"), Cidr.of("::1/128", "loopback"), Cidr.of("100::/64", "discard"),
            Cidr.of("2001::/23", "IETF protocol assignments"), Cidr.of("2001:db8::/32", "documentation"),
            Cidr.of("fc00::/7", "unique local (private, e.g. fd00:ec2::254 metadata)"),
            Cidr.of("fe80::/10", "link-local"), Cidr.of("fec0::/10", "site-local"), Cidr.of("ff00::/8", "multicast"));

    private AddressGuard() {
    }

    /** Why this address may not be reached, or empty when it may. */
    public static Optional<String> refusal(InetAddress address) {
        InetAddress judged = embeddedIpv4(address).orElse(address);
        return REFUSED.stream().filter(cidr -> cidr.contains(judged)).findFirst()
                .map(cidr -> address.getHostAddress() + " is " + cidr.name());
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d (NAT64) and 2002:ab:cd::/16 (6to4). */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = allZero(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16)
                && !(allZero(b, 12, 15) && b[15] == 1);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        try {
            if (mapped || compatible || nat64) {
                return Optional.of(Inet4Address.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return Optional.of(Inet4Address.getByAddress(new byte[]{b[2], b[3], b[4], b[5]}));
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    record Cidr(byte[] network, int bits, String name) {

        static Cidr of(String cidr, String name) {
            String[] parts = cidr.split("/");
            try {
                return new Cidr(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]), name);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
