package org.grassroots.governance.matching;

/**
 * How urgent a demand is (紧急程度): 急难愁盼 demands outrank routine wishes (微心愿).
 *
 * <pre>{@code
 * Demand.builder().urgency(Urgency.URGENT);
 * }</pre>
 */
public enum Urgency {
  /** 一般: a routine need or small wish. */
  ROUTINE,
  /** 较急: pressing. */
  PRESSING,
  /** 紧急: urgent. */
  URGENT,
  /** 危急: critical, e.g. an elderly person living alone without care. */
  CRITICAL
}
