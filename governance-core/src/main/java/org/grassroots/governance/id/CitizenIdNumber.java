package org.grassroots.governance.id;

import static java.util.Objects.requireNonNull;
import static org.grassroots.governance.id.IdMessages.f;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.governance.privacy.Masking;
import org.grassroots.governance.privacy.PersonalData;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999): a 6-digit address code, an 8-digit
 * birth date, a 3-digit sequence code whose last digit is odd for men and even for women, and an
 * ISO 7064 MOD 11-2 check character ({@code 0}-{@code 9} or a capital {@code X}).
 *
 * <p>Personal data: {@link #toString()} is masked ({@code 110105********002X}) and so is every
 * rejected value in an exception; the whole number is only returned by {@link #reveal()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002X");
 * id.birthDate(); // 1949-12-31
 * id.sex();       // FEMALE
 * id.toString();  // "110105********002X"
 * }</pre>
 */
public final class CitizenIdNumber implements PersonalData, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TYPE = "CitizenIdNumber";
  private static final String PATH = "citizenIdNumber";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private final String text;
  private final LocalDate birthDate;

  private CitizenIdNumber(String text, LocalDate birthDate) {
    this.text = text;
    this.birthDate = birthDate;
  }

  /**
   * Reads an 18-character citizen id number.
   *
   * @param text the number
   * @return the number
   * @throws InvalidValueException naming each position and rule that failed (the number itself
   *     masked); for a wrong check character, the expected and the found one
   */
  public static CitizenIdNumber parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    Violations v = Violations.of(TYPE);
    if (!CodeText.checkLength(s, 18, PATH, v, true)) {
      v.throwIfAny();
    }
    CodeText.checkAlphabet(s, 0, 17, CodeText.DIGITS, "0-9", PATH, v, true);
    CodeText.checkAlphabet(s, 17, 18, "0123456789X", "0-9 X (a capital X)", PATH, v, true);
    v.throwIfAny();
    v.checkPersonal(
        DivisionCode.tryParse(s.substring(0, 6)).isPresent(),
        PATH + "[0..5]",
        s,
        "address code must be a valid 6-digit division code");
    LocalDate birth = null;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(s.substring(6, 10)),
              Integer.parseInt(s.substring(10, 12)),
              Integer.parseInt(s.substring(12, 14)));
    } catch (DateTimeException e) {
      v.checkPersonal(false, PATH + "[6..13]", s, IdMessages.BIRTH_DATE);
    }
    char expected = checkCharacter(s);
    char found = s.charAt(17);
    v.checkPersonal(
        expected == found,
        PATH + "[17]",
        s,
        f(IdMessages.CHECK, expected, "ISO 7064 MOD 11-2", found));
    v.throwIfAny();
    return new CitizenIdNumber(s, requireNonNull(birth, "birth"));
  }

  /**
   * Reads a number, or empty if it is not valid.
   *
   * @param text the number
   * @return the number, or empty
   */
  public static Optional<CitizenIdNumber> tryParse(CharSequence text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** The MOD 11-2 check character of the first 17 digits of {@code s}. */
  static char checkCharacter(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += WEIGHTS[i] * (s.charAt(i) - '0');
    }
    return CHECK.charAt(sum % 11);
  }

  /**
   * The address code (the division where the number was first issued).
   *
   * @return the 6-digit code as a division code
   */
  public DivisionCode addressCode() {
    return DivisionCode.parse(text.substring(0, 6));
  }

  /**
   * The birth date.
   *
   * @return the date encoded at positions 7 to 14
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * The sex encoded by the parity of the 17th digit.
   *
   * @return {@link Sex#MALE} for odd, {@link Sex#FEMALE} for even
   */
  public Sex sex() {
    return (text.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  @Override
  public String masked() {
    return Masking.mask(text);
  }

  @Override
  public String reveal() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CitizenIdNumber && ((CitizenIdNumber) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the masked form, never the whole number: see {@link #reveal()}. */
  @Override
  public String toString() {
    return masked();
  }

  private Object writeReplace() {
    return new SerialForm(SerialForm.Type.CITIZEN_ID_NUMBER, text);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("CitizenIdNumber is serialised through its serialised form");
  }
}
