package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A document read (读取结果): the envelope and the warnings of a lenient read (unknown properties
 * skipped, a newer minor version). A strict read of a valid document has no warnings.
 *
 * <pre>{@code
 * ReadResult<ImmutableList<OrganizationRecord>> r = json.read(bytes, OrganizationRegister.KIND);
 * r.warnings().forEach(w -> log.warn(w.toString()));
 * ImmutableList<OrganizationRecord> rows = r.data();
 * }</pre>
 *
 * @param <T> the data type
 */
public final class ReadResult<T> {
  private final Envelope<T> envelope;
  private final ImmutableList<DocumentProblem> warnings;

  private ReadResult(Envelope<T> envelope, ImmutableList<DocumentProblem> warnings) {
    this.envelope = envelope;
    this.warnings = warnings;
  }

  static <T> ReadResult<T> of(Envelope<T> envelope, List<DocumentProblem> warnings) {
    return new ReadResult<>(requireNonNull(envelope, "envelope"), ImmutableList.copyOf(warnings));
  }

  /**
   * The document.
   *
   * @return the envelope with its data
   */
  public Envelope<T> envelope() {
    return envelope;
  }

  /**
   * The data; the same as {@code envelope().data()}.
   *
   * @return the data
   */
  public T data() {
    return envelope.data();
  }

  /**
   * The warnings, in document order.
   *
   * @return the warnings, empty for a clean read
   */
  public ImmutableList<DocumentProblem> warnings() {
    return warnings;
  }
}
