package org.grassroots.governance.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** {@link Unmatched#of}: the rules that tie the reason to the resources that filled up. */
class UnmatchedTest {
  private static final DemandId D = DemandId.of("d-1");
  private static final ResourceId R = ResourceId.of("r-1");
  private static final ResourceId S = ResourceId.of("r-2");

  private static List<String> paths(Runnable r) {
    return assertThrows(InvalidValueException.class, r::run).violations().stream()
        .map(v -> v.path()).toList();
  }

  @Test
  void of_keepsWhatItIsGiven() {
    Unmatched u = Unmatched.of(D, 3, UnmatchedReason.CAPACITY_EXHAUSTED, List.of(R, S));
    assertEquals(D, u.demand());
    assertEquals(3, u.quantity());
    assertEquals(UnmatchedReason.CAPACITY_EXHAUSTED, u.reason());
    assertEquals(List.of(R, S), u.filledResources());
    assertEquals(List.of(), Unmatched.of(D, 1, UnmatchedReason.NOT_CHOSEN, List.of()).filledResources());
    assertEquals(List.of(R), Unmatched.of(D, 1, UnmatchedReason.NOT_CHOSEN, List.of(R)).filledResources());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose: refused by path, never a bare NPE
  void of_refusesEveryBrokenRuleAtOnce() {
    assertEquals(List.of("quantity", "filledResources[1]"),
        paths(() -> Unmatched.of(D, 0, UnmatchedReason.OUTRANKED_BY_HIGHER_PRIORITY, List.of(R, R))));
    assertEquals(List.of("filledResources"),
        paths(() -> Unmatched.of(D, 2, UnmatchedReason.CAPACITY_EXHAUSTED, List.of())));
    assertEquals(List.of("filledResources"),
        paths(() -> Unmatched.of(D, 2, UnmatchedReason.OUTRANKED_BY_HIGHER_PRIORITY, List.of())));
    assertEquals(List.of("filledResources"),
        paths(() -> Unmatched.of(D, 2, UnmatchedReason.NO_ELIGIBLE_RESOURCE_IN_REACH, List.of(R))));
    assertEquals(List.of("quantity", "filledResources"),
        paths(() -> Unmatched.of(D, -1, UnmatchedReason.OUTSIDE_TIME_WINDOW, List.of(S))));
    assertEquals(List.of("demand", "reason", "filledResources"),
        paths(() -> Unmatched.of(null, 1, null, null)));
    List<ResourceId> withNull = new ArrayList<>();
    withNull.add(null);
    assertEquals(List.of("filledResources[0]"),
        paths(() -> Unmatched.of(D, 1, UnmatchedReason.CAPACITY_EXHAUSTED, withNull)));
  }
}
