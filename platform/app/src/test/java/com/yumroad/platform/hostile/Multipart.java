package com.yumroad.platform.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body of one part, written by hand so that any name, type or bytes can go out as given. */
record Multipart(String contentType, byte[] body) {

    private static final String BOUNDARY = "yumroad-hostile-boundary";

    static Multipart of(String part, String fileName, String partType, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Target.utf8(fileName));
        out.writeBytes(("\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + BOUNDARY, out.toByteArray());
    }
}
