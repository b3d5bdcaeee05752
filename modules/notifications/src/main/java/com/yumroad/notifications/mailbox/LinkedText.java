package com.yumroad.notifications.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text cut into lines of pieces, each either words or a link, so a page can make the links clickable safely. */
final class LinkedText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    record Piece(String text, boolean link) {
    }

    private LinkedText() {
    }

    static List<List<Piece>> lines(String text) {
        List<List<Piece>> lines = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            List<Piece> pieces = new ArrayList<>();
            Matcher matcher = LINK.matcher(line);
            int at = 0;
            while (matcher.find()) {
                if (matcher.start() > at) {
                    pieces.add(new Piece(line.substring(at, matcher.start()), false));
                }
                pieces.add(new Piece(matcher.group(), true));
                at = matcher.end();
            }
            if (at < line.length()) {
                pieces.add(new Piece(line.substring(at), false));
            }
            lines.add(pieces);
        }
        return lines;
    }
}
