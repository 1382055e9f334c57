package org.grassroots.governance.privacy;

/**
 * A value that is personal data (个人信息): its {@code toString()} is always masked, and the whole
 * value is only obtained by an explicit {@link #reveal()}.
 *
 * <pre>{@code
 * CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002X");
 * id.toString(); // "110105********002X"
 * id.reveal();   // "11010519491231002X", an explicit decision of the caller
 * }</pre>
 */
public interface PersonalData {
  /**
   * Returns the masked form, the same text {@code toString()} returns.
   *
   * @return the value with its middle hidden, see {@link Masking}
   */
  String masked();

  /**
   * Returns the whole value. Call it only where the caller has decided that the whole value may
   * be shown or exported.
   *
   * @return the unmasked canonical text
   */
  String reveal();
}
