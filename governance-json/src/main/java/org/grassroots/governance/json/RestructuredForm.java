package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.Restructured;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of {@link Restructured}, built through the public {@link Restructured#of}:
 * a mapping entry whose new code is not in the hierarchy, equals the old code or is of another
 * kind is refused at {@code /mapping/<old code>}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record RestructuredForm(
    @JsonProperty(value = "hierarchy", required = true) @Nullable GridHierarchy hierarchy,
    @JsonProperty(value = "mapping", required = true) @Nullable Map<NodeCode, NodeCode> mapping) {

  @JsonCreator
  RestructuredForm {}

  Restructured toValue() {
    Violations v = Violations.of("Restructured").require("hierarchy", hierarchy)
        .require("mapping", mapping);
    v.throwIfAny();
    Map<NodeCode, NodeCode> m = Objects.requireNonNull(mapping, "mapping");
    for (Map.Entry<NodeCode, NodeCode> e : m.entrySet()) {
      v.require("mapping[" + e.getKey() + "]", e.getValue());
    }
    v.throwIfAny();
    return Restructured.of(Objects.requireNonNull(hierarchy, "hierarchy"), m);
  }
}
