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
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z).
 *
 * <p>Position 1 is the registration authority (登记管理部门), 2 the organisation type (机构类别),
 * 3-8 the division code of the registering authority (登记管理机关行政区划码), 9-17 the
 * organisation code (主体标识码, itself checked by GB 11714) and 18 the check character: with
 * weights 3^i mod 31, c = 31 − (Σ mod 31), where 31 is written {@code 0}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * UnifiedSocialCreditCode c = UnifiedSocialCreditCode.parse("91350100M000100Y43");
 * c.division();          // 350100000000
 * c.organizationCode();  // M000100Y4
 * }</pre>
 */
public final class UnifiedSocialCreditCode
    implements Comparable<UnifiedSocialCreditCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TYPE = "UnifiedSocialCreditCode";
  private static final String PATH = "unifiedSocialCreditCode";
  /** The 31 characters of the code, in the order of their values 0 to 30. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private final String text;
  private final DivisionCode division;
  private final OrganizationCode organizationCode;

  private UnifiedSocialCreditCode(
      String text, DivisionCode division, OrganizationCode organizationCode) {
    this.text = text;
    this.division = division;
    this.organizationCode = organizationCode;
  }

  /**
   * Reads a code.
   *
   * @param text the 18-character code
   * @return the code
   * @throws InvalidValueException naming each position and rule that failed; for a wrong check
   *     character, the expected and the found one
   */
  public static UnifiedSocialCreditCode parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    Violations v = Violations.of(TYPE);
    if (!CodeText.checkLength(s, 18, PATH, v, false)) {
      v.throwIfAny();
    }
    CodeText.checkAlphabet(s, 0, 18, ALPHABET, "0-9 A-H J-N P-R T U W-Y", PATH, v, false);
    CodeText.checkAlphabet(s, 2, 8, CodeText.DIGITS, "0-9", PATH, v, false);
    v.throwIfAny();
    DivisionCode division =
        v.nested(PATH + "[2..7]", () -> DivisionCode.parse(s.substring(2, 8)));
    OrganizationCode.check(s.substring(8, 17), PATH + "[8..16]", v);
    char expected = checkCharacter(s);
    char found = s.charAt(17);
    v.check(
        expected == found,
        PATH + "[17]",
        s,
        f(IdMessages.CHECK, expected, "GB 32100", found));
    v.throwIfAny();
    return new UnifiedSocialCreditCode(
        s, requireNonNull(division, "division"), OrganizationCode.parse(s.substring(8, 17)));
  }

  /**
   * Reads a code, or empty if it is not valid.
   *
   * @param text the code
   * @return the code, or empty
   */
  public static Optional<UnifiedSocialCreditCode> tryParse(CharSequence text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** The check character of the first 17 characters of {@code s}. */
  static char checkCharacter(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += WEIGHTS[i] * ALPHABET.indexOf(s.charAt(i));
    }
    int c = 31 - sum % 31;
    return ALPHABET.charAt(c == 31 ? 0 : c);
  }

  /**
   * The registration authority (登记管理部门码), e.g. {@code 9} for market regulation, {@code 5}
   * for civil affairs, {@code 1} for institutional staffing.
   *
   * @return the first character
   */
  public char registrationAuthority() {
    return text.charAt(0);
  }

  /**
   * The organisation type within the authority (机构类别码), e.g. {@code 1} for an enterprise
   * under authority 9.
   *
   * @return the second character
   */
  public char organizationType() {
    return text.charAt(1);
  }

  /**
   * The division code of the registering authority (登记管理机关行政区划码).
   *
   * @return the code read from positions 3 to 8
   */
  public DivisionCode division() {
    return division;
  }

  /**
   * The embedded organisation code (主体标识码).
   *
   * @return the code read from positions 9 to 17
   */
  public OrganizationCode organizationCode() {
    return organizationCode;
  }

  /**
   * The check character.
   *
   * @return the last character
   */
  public char checkCharacter() {
    return text.charAt(17);
  }

  @Override
  public int compareTo(UnifiedSocialCreditCode other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnifiedSocialCreditCode && ((UnifiedSocialCreditCode) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the canonical 18-character form. */
  @Override
  public String toString() {
    return text;
  }

  private Object writeReplace() {
    return new SerialForm(SerialForm.Type.UNIFIED_SOCIAL_CREDIT_CODE, text);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("UnifiedSocialCreditCode is serialised through its serialised form");
  }
}
