package org.grassroots.governance.examples.spark;

import org.grassroots.governance.matching.MeetingLevel;

/**
 * The level of the hierarchy a Spark job partitions by (分区层级): every demand belongs to the
 * street (街道) or the district (区县) it is located in, every provider whose service area lies
 * inside one such unit belongs to that unit, and providers whose area is larger cross units.
 *
 * <pre>{@code
 * SparkResearchJob.builder().scenario(s).level(PartitionLevel.STREET).build();
 * }</pre>
 */
public enum PartitionLevel {
  /** By street (街道/乡镇): district departments cross partitions and go to the coupling pass. */
  STREET(MeetingLevel.STREET),
  /** By district (区县): the generated scenarios have no provider above the district. */
  DISTRICT(MeetingLevel.COUNTY);

  private final MeetingLevel level;

  PartitionLevel(MeetingLevel level) {
    this.level = level;
  }

  /**
   * The hierarchy level of a unit.
   *
   * @return {@link MeetingLevel#STREET} or {@link MeetingLevel#COUNTY}
   */
  public MeetingLevel meetingLevel() {
    return level;
  }
}
