package com.yumroad.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a stream through, throwing {@link ObjectTooLargeException} as soon as it yields more than the limit. */
final class CountingLimit extends FilterInputStream {

    private final long maxBytes;
    private long count;

    CountingLimit(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > maxBytes) {
            throw new ObjectTooLargeException(maxBytes);
        }
    }
}
