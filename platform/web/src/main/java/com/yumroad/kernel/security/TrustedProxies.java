package com.yumroad.kernel.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The proxies in front of the application ({@code yumroad.proxies.trusted}: addresses or CIDR blocks such as
 * {@code 10.0.0.0/8} or {@code fd00::/8}). Only a request whose socket peer is one of them has its forwarded headers
 * read; by default none is trusted, so a client cannot name another address or scheme for itself.
 */
@ConfigurationProperties("yumroad.proxies")
public class TrustedProxies {

    private List<Block> blocks = List.of();
    private String clientHeader = "X-Forwarded-For";
    private String protoHeader = "X-Forwarded-Proto";

    public void setTrusted(List<String> trusted) {
        List<Block> parsed = new ArrayList<>();
        for (String entry : trusted) {
            if (!entry.isBlank()) {
                parsed.add(Block.parse(entry.trim()));
            }
        }
        this.blocks = List.copyOf(parsed);
    }

    public String getClientHeader() {
        return clientHeader;
    }

    public void setClientHeader(String clientHeader) {
        this.clientHeader = clientHeader;
    }

    public String getProtoHeader() {
        return protoHeader;
    }

    public void setProtoHeader(String protoHeader) {
        this.protoHeader = protoHeader;
    }

    /** Whether this address (a literal IP, never a name to look up) is one of the trusted proxies. */
    public boolean trusts(String address) {
        if (blocks.isEmpty()) {
            return false;
        }
        byte[] bytes = Block.literal(address);
        return bytes != null && blocks.stream().anyMatch(block -> block.contains(bytes));
    }

    /** An address block: the first {@code prefix} bits of {@code network}. */
    record Block(byte[] network, int prefix) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new ConfigurationException("yumroad.proxies.trusted: not an IP address or CIDR block: " + entry);
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new ConfigurationException("yumroad.proxies.trusted: bad prefix length in " + entry);
                }
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** The bytes of an IPv4 or IPv6 literal (IPv4-mapped IPv6 as IPv4), or null for anything else. */
        static byte[] literal(String text) {
            String s = text.trim();
            if (s.startsWith("[") && s.endsWith("]")) {
                s = s.substring(1, s.length() - 1);
            }
            boolean ipv4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            boolean ipv6 = s.contains(":") && s.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+");
            if (!ipv4 && !ipv6) {
                return null; // never resolve a host name
            }
            try {
                return InetAddress.getByName(s).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
