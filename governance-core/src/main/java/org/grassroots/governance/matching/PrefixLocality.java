package org.grassroots.governance.matching;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.GridCode;
import org.grassroots.governance.id.NodeCode;

/** The locality read from code prefixes at segment boundaries; see {@link LocalityModel}. */
final class PrefixLocality implements LocalityModel {
  private static final long serialVersionUID = 1L;
  static final PrefixLocality INSTANCE = new PrefixLocality();
  /** Significant code length per {@link MeetingLevel} ordinal. */
  private static final int[] LENGTH = {20, 16, 12, 9, 6, 4, 2, 0};
  private static final String ZEROS = "000000000000";

  private PrefixLocality() {}

  @Override
  public MeetingLevel levelOf(NodeCode node) {
    requireNonNull(node, "node");
    switch (node.kind()) {
      case BUILDING:
        return MeetingLevel.BUILDING;
      case GRID:
        return MeetingLevel.GRID;
      default:
        return divisionLevel(node.toString());
    }
  }

  private static MeetingLevel divisionLevel(String text) {
    if (!text.regionMatches(9, ZEROS, 0, 3)) {
      return MeetingLevel.COMMUNITY;
    }
    if (!text.regionMatches(6, ZEROS, 0, 3)) {
      return MeetingLevel.STREET;
    }
    if (!text.regionMatches(4, ZEROS, 0, 2)) {
      return MeetingLevel.COUNTY;
    }
    if (!text.regionMatches(2, ZEROS, 0, 2)) {
      return MeetingLevel.CITY;
    }
    return MeetingLevel.PROVINCE;
  }

  @Override
  public Optional<NodeCode> ancestorAt(NodeCode node, MeetingLevel level) {
    requireNonNull(node, "node");
    requireNonNull(level, "level");
    MeetingLevel own = levelOf(node);
    if (level.compareTo(own) < 0 || level == MeetingLevel.COUNTRY) {
      return Optional.empty();
    }
    if (level == own) {
      return Optional.of(node);
    }
    String text = node.toString();
    if (level == MeetingLevel.GRID) {
      return Optional.of(NodeCode.of(GridCode.parse(text.substring(0, 16))));
    }
    int n = LENGTH[level.ordinal()];
    return Optional.of(
        NodeCode.of(DivisionCode.parse(text.substring(0, n) + ZEROS.substring(0, 12 - n))));
  }

  @Override
  public MeetingLevel meet(NodeCode a, NodeCode b) {
    String x = a.toString();
    String y = b.toString();
    int from = Math.max(levelOf(a).ordinal(), levelOf(b).ordinal());
    MeetingLevel[] levels = MeetingLevel.values();
    for (int i = from; i < levels.length - 1; i++) {
      if (x.regionMatches(0, y, 0, LENGTH[i])) {
        return levels[i];
      }
    }
    return MeetingLevel.COUNTRY;
  }

  private Object readResolve() {
    return INSTANCE;
  }

  @Override
  public String toString() {
    return "LocalityModel.byCodePrefix()";
  }
}
