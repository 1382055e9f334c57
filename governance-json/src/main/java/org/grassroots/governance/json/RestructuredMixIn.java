package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.grassroots.governance.grid.GridHierarchy;
import org.grassroots.governance.grid.Restructured;
import org.grassroots.governance.id.NodeCode;

/**
 * Writes {@link Restructured}: the new {@code hierarchy} (as in a {@code hierarchy} document)
 * and the {@code mapping} from every changed old code to its new code; read by {@link
 * RestructuredForm} through {@link Restructured#of}.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"hierarchy", "mapping"})
@JsonSerialize(as = Restructured.class)
abstract class RestructuredMixIn {
  private RestructuredMixIn() {}

  @JsonProperty("hierarchy")
  abstract GridHierarchy hierarchy();

  @JsonProperty("mapping")
  abstract Map<NodeCode, NodeCode> mapping();
}
