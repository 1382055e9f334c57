package org.grassroots.governance.id;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import java.util.function.Function;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * Coverage-guided fuzzing of every identifier parser (Jazzer). In a plain {@code mvn test} it runs
 * in regression mode over the saved inputs; {@code JAZZER_FUZZ=1} fuzzes. The only exception a
 * parser may throw is {@link InvalidValueException}; {@code tryParse} never throws and agrees
 * with {@code parse}; whatever parses prints back to text that parses to an equal value.
 */
class IdentifierParsersFuzzTest {

  private static <T> void check(String text, Function<String, T> parse, Function<String, Optional<T>> tryParse,
      Function<T, String> canonical) {
    Optional<T> tried = tryParse.apply(text);
    T parsed;
    try {
      parsed = parse.apply(text);
    } catch (InvalidValueException e) {
      if (tried.isPresent() || e.violations().isEmpty() || e.getMessage().contains("\tat ")) {
        throw new AssertionError("parse and tryParse disagree, or a bad message: " + e.getMessage(), e);
      }
      return;
    }
    if (!tried.equals(Optional.of(parsed))) {
      throw new AssertionError("tryParse disagrees with parse on " + text);
    }
    if (!parse.apply(canonical.apply(parsed)).equals(parsed)) {
      throw new AssertionError("canonical text does not parse back equal: " + text);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void divisionAndNodeCodes(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    check(text, DivisionCode::parse, DivisionCode::tryParse, DivisionCode::toString);
    check(text, NodeCode::parse, NodeCode::tryParse, NodeCode::toString);
    check(text, GridCode::parse, GridCode::tryParse, GridCode::toString);
    check(text, BuildingCode::parse, BuildingCode::tryParse, BuildingCode::toString);
    try {
      DivisionCode.ofNative(text);
    } catch (InvalidValueException expected) {
      // documented
    }
  }

  @FuzzTest(maxDuration = "20s")
  void creditAndOrganizationCodes(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    check(text, UnifiedSocialCreditCode::parse, UnifiedSocialCreditCode::tryParse, UnifiedSocialCreditCode::toString);
    check(text, OrganizationCode::parse, OrganizationCode::tryParse, OrganizationCode::toString);
  }

  @FuzzTest(maxDuration = "20s")
  void citizenIdsAndTypedIds(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    check(text, CitizenIdNumber::parse, CitizenIdNumber::tryParse, CitizenIdNumber::reveal);
    check(text, DemandId::parse, DemandId::tryParse, DemandId::value);
    try {
      GridCode.fromLocalVariant(text);
    } catch (InvalidValueException expected) {
      // documented
    }
  }
}
