package dev.l2mac.llm.edge;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A reply body that refuses to be read past {@link JdkTransport#MAX_REPLY_BYTES}. */
final class LimitedBody extends FilterInputStream {
    private long read;

    LimitedBody(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int bytes) throws MalformedReply {
        read += bytes;
        if (read > JdkTransport.MAX_REPLY_BYTES) {
            throw tooLarge();
        }
    }

    static MalformedReply tooLarge() {
        return new MalformedReply("the reply is larger than " + JdkTransport.MAX_REPLY_BYTES / (1024 * 1024)
                + " MiB, the most l2mac reads of one reply (JdkTransport.MAX_REPLY_BYTES); no model reply needs that "
                + "much, so the server sent something else or the model ran away");
    }
}
