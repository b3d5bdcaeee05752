package com.yumroad.catalog.web;

import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.TooLargeException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.multipart.StreamingFileUpload;

import java.io.InputStream;

/** What the upload endpoints share: the early size check and the part's bytes as a stream. */
final class Uploads {

    /** Room for the multipart envelope around the file (boundaries, part headers, a short alt text). */
    private static final long ENVELOPE = 64 * 1024;

    private Uploads() {
    }

    /** 413 at once when the request says it is larger than allowed: before a byte of the body is stored. */
    static void checkLength(HttpRequest<?> request, long maxBytes, String field, String readableMax) {
        long length = request.getContentLength();
        if (length > maxBytes + ENVELOPE) {
            throw new TooLargeException(field, "A file may be at most " + readableMax);
        }
    }

    /** The type the part declares, or null when it declares none or one that is not a media type. */
    static String declaredType(StreamingFileUpload upload) {
        try {
            return upload.getContentType().map(Object::toString).orElse(null);
        } catch (IllegalArgumentException notAMediaType) { // Micronaut parses the header when asked
            return null;
        }
    }

    static InputStream stream(StreamingFileUpload upload, String field) {
        if (upload == null || upload.getFilename() == null || upload.getFilename().isBlank()) {
            throw new InvalidInputException(field, "Choose a file");
        }
        return upload.asInputStream();
    }
}
