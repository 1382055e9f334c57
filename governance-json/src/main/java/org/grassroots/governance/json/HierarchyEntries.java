package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.grassroots.governance.grid.NodeKind;
import org.grassroots.governance.grid.PartyOrganizationType;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.OrganizationId;
import org.jspecify.annotations.Nullable;

/** The entries of a {@code hierarchy} document, read one at a time by {@link HierarchyDeserializer}. */
final class HierarchyEntries {
  private HierarchyEntries() {}

  /** A division: code, parent (absent for a root), published name, kind (derived, checked). */
  @JsonAutoDetect(
      fieldVisibility = Visibility.NONE,
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      creatorVisibility = Visibility.NONE)
  record Division(
      @JsonProperty(value = "code", required = true) @Nullable DivisionCode code,
      @JsonProperty("parent") Optional<DivisionCode> parent,
      @JsonProperty(value = "name", required = true) @Nullable String name,
      @JsonProperty("kind") Optional<NodeKind> kind) {
    @JsonCreator
    Division {}
  }

  /** A grid: code (its community is the code's prefix) and an optional name. */
  @JsonAutoDetect(
      fieldVisibility = Visibility.NONE,
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      creatorVisibility = Visibility.NONE)
  record Grid(
      @JsonProperty(value = "code", required = true) @Nullable GridCode code,
      @JsonProperty("name") Optional<String> name) {
    @JsonCreator
    Grid {}
  }

  /** A party organisation leading a node: node, type, organisation (all required). */
  @JsonAutoDetect(
      fieldVisibility = Visibility.NONE,
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      creatorVisibility = Visibility.NONE)
  record Party(
      @JsonProperty(value = "node", required = true) @Nullable NodeCode node,
      @JsonProperty(value = "type", required = true) @Nullable PartyOrganizationType type,
      @JsonProperty(value = "organization", required = true) @Nullable OrganizationId organization) {
    @JsonCreator
    Party {}
  }
}
