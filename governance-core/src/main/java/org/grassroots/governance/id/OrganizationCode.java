package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.id.IdMessages.f;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * An organisation code (组织机构代码, GB 11714-1997): an 8-character body of digits and capital
 * letters and a check character, written {@code 8 + 1} or with a hyphen ({@code MA0000AB-X}).
 *
 * <p>The check is C9 = 11 − (Σ wᵢ·cᵢ mod 11) with weights 3 7 9 10 5 8 4 2, letters counting
 * A = 10 … Z = 35; 10 is written {@code X} and 11 is written {@code 0}. It is embedded in a
 * {@link UnifiedSocialCreditCode} at positions 9 to 17.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OrganizationCode.parse("M000100Y4").checkCharacter(); // '4'
 * }</pre>
 */
public final class OrganizationCode implements Comparable<OrganizationCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TYPE = "OrganizationCode";
  private static final String PATH = "organizationCode";
  private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  static final String BODY_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final String text;

  private OrganizationCode(String text) {
    this.text = text;
  }

  /**
   * Reads a 9-character code, or the 10-character form with a hyphen before the check character.
   *
   * @param text the code
   * @return the code in its 9-character canonical form
   * @throws InvalidValueException naming the position and the rule that failed; for a wrong
   *     check character, the expected and the found one
   */
  public static OrganizationCode parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() == 10 && s.charAt(8) == '-') {
      s = s.substring(0, 8) + s.charAt(9);
    }
    Violations v = Violations.of(TYPE);
    check(s, PATH, v);
    v.throwIfAny();
    return new OrganizationCode(s);
  }

  /**
   * Reads a code, or empty if it is not valid.
   *
   * @param text the code
   * @return the code, or empty
   */
  public static Optional<OrganizationCode> tryParse(CharSequence text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** Records every violation of the 9-character form at {@code path}. */
  static void check(CharSequence s, String path, Violations v) {
    if (!CodeText.checkLength(s, 9, path, v, false)) {
      return;
    }
    int before = v.list().size();
    CodeText.checkAlphabet(s, 0, 8, BODY_ALPHABET, "0-9 A-Z", path, v, false);
    CodeText.checkAlphabet(s, 8, 9, "0123456789X", "0-9 X", path, v, false);
    if (v.list().size() > before) {
      return;
    }
    char expected = checkCharacter(s);
    char found = s.charAt(8);
    v.check(
        expected == found,
        path + "[8]",
        s,
        f(IdMessages.CHECK, expected, "GB 11714", found));
  }

  /** The check character of the first 8 characters of {@code body}. */
  static char checkCharacter(CharSequence body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += WEIGHTS[i] * BODY_ALPHABET.indexOf(body.charAt(i));
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  /**
   * The 8-character body.
   *
   * @return the code without its check character
   */
  public String body() {
    return text.substring(0, 8);
  }

  /**
   * The check character.
   *
   * @return {@code 0}-{@code 9} or {@code X}
   */
  public char checkCharacter() {
    return text.charAt(8);
  }

  /**
   * The hyphenated form used on paper certificates.
   *
   * @return e.g. {@code M000100Y-4}
   */
  public String toHyphenated() {
    return body() + "-" + checkCharacter();
  }

  @Override
  public int compareTo(OrganizationCode other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrganizationCode && ((OrganizationCode) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the canonical 9-character form. */
  @Override
  public String toString() {
    return text;
  }

  private Object writeReplace() {
    return new SerialForm(SerialForm.Type.ORGANIZATION_CODE, text);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("OrganizationCode is serialised through its serialised form");
  }
}
