package org.grassroots.governance.examples.identifiers;

import java.io.PrintStream;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The identifiers pillar in a page: real national codes parsed, their parts read, a bad code
 * refused with the position and the rule, and personal data masked.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java}
 */
public final class IdentifiersExample {
  private IdentifiersExample() {}

  /** Prints the demonstration to {@code out}. */
  public static void run(PrintStream out) {
    DivisionCode community = DivisionCode.parse("110101001001");
    out.println("Division code      " + community + "  level " + community.codeLevel()
        + ", township class " + community.townshipClass().orElseThrow()
        + ", village class " + community.villageClass().orElseThrow());
    out.println("  GB/T 2260 prefix " + community.toGbt2260()
        + ", nominal ancestors " + community.prefixAncestors());

    DivisionCode dongguanTown = DivisionCode.parse("441900003000");
    out.println("Dongguan town      " + dongguanTown + "  county segment "
        + dongguanTown.countySegment() + ", nominal parent " + dongguanTown.prefixParent().orElseThrow());

    GridCode grid = GridCode.of(community, 3);
    out.println("Grid code          " + grid + "  in community " + grid.community()
        + ", sequence " + grid.sequence());

    UnifiedSocialCreditCode credit = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    out.println("Credit code        " + credit + "  registered in " + credit.division().toGbt2260()
        + ", organisation code " + credit.organizationCode().toHyphenated());

    CitizenIdNumber resident = CitizenIdNumber.parse("11010519491231002X");
    out.println("Citizen id         " + resident + "  born " + resident.birthDate()
        + ", " + resident.sex() + " (printed masked)");

    for (String bad : new String[] {"91350211M000100Y40", "11010519491231002Y", "11010a001001"}) {
      try {
        if (bad.length() == 12) {
          DivisionCode.parse(bad);
        } else if (bad.charAt(0) == '9') {
          UnifiedSocialCreditCode.parse(bad);
        } else {
          CitizenIdNumber.parse(bad);
        }
        out.println("accepted?!         " + bad);
      } catch (InvalidValueException e) {
        out.println("Refused            " + e.violations().get(0));
      }
    }
  }

  /**
   * Runs the demonstration on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
