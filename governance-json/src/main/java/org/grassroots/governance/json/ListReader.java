package org.grassroots.governance.json;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a list document one item at a time (流式读取): only the current item is held, whatever
 * the length of the list. Opened by {@link GovernanceJson#listReader}; the header has been read
 * and checked by then.
 *
 * <pre>{@code
 * try (ListReader<OrganizationRecord> r = json.listReader(in, OrganizationRegister.KIND)) {
 *   while (r.hasNext()) {
 *     OrganizationRecord rec = r.next();
 *   }
 *   r.warnings(); // complete once hasNext() has returned false
 * }
 * }</pre>
 *
 * <p>A bad item throws {@link InvalidDocumentException} (its pointer is {@code /data/<index>/…})
 * and ends the read: the reader then refuses further calls. Not thread-safe.
 *
 * @param <E> the item type
 */
public final class ListReader<E> implements Iterator<E>, Closeable {
  private final DocumentCursor cursor;
  private final GovernanceJson.ItemReader<E> items;
  private final ListKind<E> kind;
  private boolean failed;
  private boolean finished;

  ListReader(DocumentCursor cursor, GovernanceJson.ItemReader<E> items, ListKind<E> kind) {
    this.cursor = cursor;
    this.items = items;
    this.kind = kind;
  }

  /**
   * The kind of the document.
   *
   * @return the list kind
   */
  public ListKind<E> kind() {
    return kind;
  }

  /**
   * The format version of the document.
   *
   * @return the version read
   */
  public FormatVersion version() {
    return cursor.version();
  }

  /**
   * The profile of the document, if any.
   *
   * @return the profile, or empty
   */
  public Optional<String> profile() {
    return Optional.ofNullable(cursor.profile());
  }

  /**
   * When the document was generated.
   *
   * @return the timestamp with its offset
   */
  public OffsetDateTime generatedAt() {
    return cursor.generatedAt();
  }

  /**
   * The warnings so far (lenient mode); complete once {@link #hasNext()} returned {@code false}.
   *
   * @return the warnings so far
   */
  public ImmutableList<DocumentProblem> warnings() {
    return ImmutableList.copyOf(cursor.warnings());
  }

  /**
   * The number of items read so far.
   *
   * @return the count
   */
  public long count() {
    return items.index();
  }

  /**
   * Whether another item follows; at the end of the list, also reads and checks the rest of the
   * document.
   *
   * @return {@code true} if {@link #next()} will return an item
   * @throws InvalidDocumentException if the document is invalid at this point
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalStateException if an earlier call failed
   */
  @Override
  public boolean hasNext() {
    checkUsable();
    if (finished) {
      return false;
    }
    try {
      if (items.hasNext()) {
        return true;
      }
      cursor.finish();
      finished = true;
      return false;
    } catch (InvalidDocumentException e) {
      failed = true;
      throw e;
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw ProblemTranslator.translate("", e);
    }
  }

  /**
   * The next item.
   *
   * @return the item, made through its public factory
   * @throws InvalidDocumentException if the item is invalid
   * @throws NoSuchElementException if there is none
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public E next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the list has no more items");
    }
    try {
      return items.next();
    } catch (InvalidDocumentException e) {
      failed = true;
      throw e;
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw ProblemTranslator.translate("/data/" + items.index(), e);
    }
  }

  private void checkUsable() {
    if (failed) {
      throw new IllegalStateException("the read failed earlier; the document is invalid");
    }
  }

  /** Releases the parser; the input stream is the caller's to close. */
  @Override
  public void close() {
    GovernanceJson.closeQuietly(cursor.parser());
  }
}
