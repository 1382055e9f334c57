package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.function.BiConsumer;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** For every invariant, a document violating it is refused with the right pointer. */
class InvariantPointerTest {
  private static final GovernanceJson JSON = GovernanceJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();

  /** One way of breaking a record, and the property it breaks. */
  private static final class Breakage {
    final String property;
    final BiConsumer<ObjectNode, Integer> breakIt;

    Breakage(String property, BiConsumer<ObjectNode, Integer> breakIt) {
      this.property = property;
      this.breakIt = breakIt;
    }
  }

  private static final ImmutableList<Breakage> BREAKAGES = ImmutableList.of(
      // the grid lies outside the division: another province
      new Breakage("grid", (o, k) -> o.put("grid", "8" + (k % 10) + "0101001001" + "0001")),
      new Breakage("name", (o, k) -> o.put("name", " ".repeat(1 + k % 3))),
      new Breakage("name", (o, k) -> o.put("name", "名".repeat(OrganizationRecord.MAX_NAME_LENGTH
          + 1 + k % 5))),
      new Breakage("name", (o, k) -> o.put("name", "a\u0007b")),
      new Breakage("creditCode", (o, k) -> o.put("creditCode",
          flipLast(o.get("creditCode").asText()))),
      new Breakage("creditCode", (o, k) -> o.put("creditCode", "short")),
      new Breakage("division", (o, k) -> o.put("division", "00" + "0".repeat(10))),
      new Breakage("division", (o, k) -> o.put("division", 350102001001L)),
      new Breakage("grid", (o, k) -> o.put("grid", "350102001000" + "0001")),
      new Breakage("id", (o, k) -> o.put("id", "\t")),
      new Breakage("id", (o, k) -> o.put("id", "x".repeat(129 + k % 4))),
      new Breakage("id", (o, k) -> o.remove("id")),
      new Breakage("division", (o, k) -> o.putNull("division")));

  private static String flipLast(String code) {
    char last = code.charAt(17);
    char other = last == '0' ? '1' : '0';
    return code.substring(0, 17) + other;
  }

  @Test
  void brokenRecord_isRefusedAtItsPointer() {
    Gen<ImmutableList<OrganizationRecord>> lists = SourceDSL.lists().of(Gens.records())
        .ofSizeBetween(1, 8).map(ImmutableList::copyOf);
    qt().withExamples(200)
        .forAll(lists, SourceDSL.integers().between(0, 1000),
            SourceDSL.integers().between(0, BREAKAGES.size() - 1))
        .checkAssert((list, seed, which) -> {
          int index = seed % list.size();
          Breakage b = BREAKAGES.get(which);
          JsonNode tree;
          try {
            tree = MAPPER.readTree(JSON.toBytes(
                Envelope.of(OrganizationRegister.KIND, Fixtures.NOON, list)));
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
          ObjectNode item = (ObjectNode) ((ArrayNode) tree.get("data")).get(index);
          b.breakIt.accept(item, seed);
          if (b.property.equals("grid") && item.get("division").asText().startsWith("8")) {
            return; // cannot happen: generated divisions are below 83
          }
          String doc = tree.toString();
          InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
              () -> JSON.read(doc, OrganizationRegister.KIND));
          assertEquals("/data/" + index + "/" + b.property, e.problems().get(0).pointer(),
              e.getMessage());
        });
  }
}
