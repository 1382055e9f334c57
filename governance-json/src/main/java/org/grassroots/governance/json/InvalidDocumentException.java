package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document (JSON or CSV) could not be read (文档无效): the one exception every reader of this
 * module throws for bad input, whatever went wrong — malformed text, a limit exceeded, an
 * unsupported version, a missing or unknown property, a value that breaks an invariant.
 *
 * <p>It names each problem by JSON pointer, rejected value (masked when personal) and rule; its
 * message lists them and never contains a stack trace or the input around the error. Nothing
 * half-built is returned. Failures of the input stream itself (a disk error) are
 * {@link java.io.UncheckedIOException}s instead.
 *
 * <pre>{@code
 * try {
 *   json.read(bytes, OrganizationRegister.KIND);
 * } catch (InvalidDocumentException e) {
 *   e.problems().get(0).pointer(); // "/data/2/creditCode"
 * }
 * }</pre>
 */
public final class InvalidDocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED = 20;

  private final ImmutableList<DocumentProblem> problems;

  private InvalidDocumentException(List<DocumentProblem> problems, @Nullable Throwable cause) {
    super(message(problems), cause);
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * The exception for the problems found.
   *
   * @param problems at least one problem
   * @return the exception
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static InvalidDocumentException of(List<DocumentProblem> problems) {
    return of(problems, null);
  }

  static InvalidDocumentException of(List<DocumentProblem> problems, @Nullable Throwable cause) {
    requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: an InvalidDocumentException needs at least one");
    }
    return new InvalidDocumentException(problems, cause);
  }

  static InvalidDocumentException of(String pointer, @Nullable String value, String rule) {
    return of(ImmutableList.of(DocumentProblem.of(pointer, value, rule)), null);
  }

  private static String message(List<DocumentProblem> problems) {
    if (problems.size() == 1) {
      return "Invalid document: " + problems.get(0);
    }
    StringBuilder sb =
        new StringBuilder("Invalid document: ").append(problems.size()).append(" problems");
    int n = 0;
    for (DocumentProblem p : problems) {
      if (n++ == MAX_LISTED) {
        sb.append("\n  - … and ").append(problems.size() - MAX_LISTED).append(" more");
        break;
      }
      sb.append("\n  - ").append(p);
    }
    return sb.toString();
  }

  /**
   * The problems, listed one per line (at most 20); never a stack trace or the input text.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    String m = super.getMessage();
    return m == null ? message(problems) : m;
  }

  /**
   * Every problem found, in document order.
   *
   * @return at least one problem
   */
  public ImmutableList<DocumentProblem> problems() {
    return problems;
  }
}
