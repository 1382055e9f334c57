package org.grassroots.governance.agreement;

/**
 * The lists of "one letter, three lists" (一书三单) and the project list.
 *
 * <pre>{@code
 * ListEntry.of(ListKind.DEMAND, "老旧小区加装路灯");
 * }</pre>
 */
public enum ListKind {
  /** Problem list (问题清单). */
  PROBLEM,
  /** Resource list (资源清单). */
  RESOURCE,
  /** Demand list (需求清单); two-way: both sides raise demands. */
  DEMAND,
  /** Project list (项目清单). */
  PROJECT
}
