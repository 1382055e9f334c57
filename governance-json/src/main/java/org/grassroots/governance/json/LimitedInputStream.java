package org.grassroots.governance.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails once there are more than the limit, so that the document size
 * limit holds however the parser buffers its input. The caller owns the stream: closing this
 * does not close it.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long max;
  private long count;

  LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  /** Thrown past the limit; translated to a document problem. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(long max) {
      super("the document is longer than the limit of " + max + " bytes");
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    if (s > 0) {
      add(s);
    }
    return s;
  }

  private void add(long n) throws LimitExceeded {
    count += n;
    if (count > max) {
      throw new LimitExceeded(max);
    }
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
