package org.grassroots.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public value type of core (an abstract class with a generated {@code Immutable…}
 * implementation) is bound by a mapper that registers only {@link GovernanceModule}: reading an
 * empty object reaches the type's factory or form (which refuses the missing properties), never
 * Jackson's "cannot construct an abstract type".
 */
class EveryValueTypeBoundTest {

  static List<Class<?>> coreValueTypes() throws IOException {
    ClassLoader loader = EveryValueTypeBoundTest.class.getClassLoader();
    List<Class<?>> types = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(loader).getTopLevelClassesRecursive("org.grassroots.governance")) {
      if (info.getPackageName().startsWith("org.grassroots.governance.json")
          || info.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Class<?> c = info.load();
      int m = c.getModifiers();
      if (!Modifier.isPublic(m) || !Modifier.isAbstract(m) || c.isInterface()) {
        continue;
      }
      try {
        Class.forName(c.getPackageName() + ".Immutable" + c.getSimpleName(), false, loader);
      } catch (ClassNotFoundException e) {
        continue; // not a value type
      }
      types.add(c);
    }
    return types;
  }

  @Test
  void everyCoreValueType_readsThroughItsBinding() throws IOException {
    List<Class<?>> types = coreValueTypes();
    assertTrue(types.size() > 60, "value types found: " + types.size());
    List<String> unbound = new ArrayList<>();
    for (Class<?> type : types) {
      // a fresh mapper per type: the module's registrations run again each time
      ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
      try {
        mapper.readValue("{}", type);
      } catch (InvalidDefinitionException e) {
        unbound.add(type.getName());
      } catch (JsonMappingException e) {
        // refused by the binding: a required property, a check, a missing creator argument
      }
    }
    assertEquals(List.of(), unbound, unbound.stream().sorted().collect(Collectors.joining("\n")));
    assertFalse(types.isEmpty());
  }
}
