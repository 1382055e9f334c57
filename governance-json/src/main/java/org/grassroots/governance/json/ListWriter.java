package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a list document one item at a time (流式写出): each item is written out as it comes and
 * not kept. Opened by {@link GovernanceJson#listWriter}, which has written the header; closing
 * writes the end of the document and flushes (the output stream stays open).
 *
 * <pre>{@code
 * try (ListWriter<OrganizationRecord> w = json.listWriter(out, OrganizationRegister.KIND, now)) {
 *   for (OrganizationRecord r : records) {
 *     w.write(r);
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 *
 * @param <E> the item type
 */
public final class ListWriter<E> implements Closeable, Flushable {
  private final JsonGenerator g;
  private final SequenceWriter items;
  private long count;
  private boolean closed;

  /** Over a generator positioned inside the data array; the sequence writer keeps serializers. */
  ListWriter(JsonGenerator g, SequenceWriter items) {
    this.g = g;
    this.items = items;
  }

  /**
   * Writes one item.
   *
   * @param item the item
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(E item) {
    requireNonNull(item, "item");
    if (closed) {
      throw new IllegalStateException("the list writer is closed");
    }
    try {
      items.write(item);
      count++;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Writes every item, in order.
   *
   * @param items the items
   * @throws UncheckedIOException if the stream fails
   */
  public void writeAll(Iterable<? extends E> items) {
    for (E item : items) {
      write(item);
    }
  }

  /**
   * The number of items written.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  @Override
  public void flush() {
    try {
      g.flush();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Writes the end of the document and flushes; the output stream stays open. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      items.close(); // does not close the generator it was given
      g.writeEndArray();
      g.writeEndObject();
      g.close();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static UncheckedIOException failure(IOException e) {
    return new UncheckedIOException(
        JsonMessages.f(JsonMessages.WRITE_FAILED, e.getClass().getSimpleName()), e);
  }
}
