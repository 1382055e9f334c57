package org.grassroots.governance.deliberation;

/**
 * What a matter decides (议题类别); a {@link VotingRule} may require a qualified majority for some
 * kinds.
 *
 * <pre>{@code
 * VotingRule.defaults().qualifiedKinds(); // [RESIDENTS_CONVENTION]
 * }</pre>
 */
public enum MatterKind {
  /** A public-service project from the project list (公共服务项目), funded by matched resources. */
  PUBLIC_SERVICE_PROJECT("公共服务项目"),
  /** A use of the community fund (社区资金使用). */
  COMMUNITY_FUND_USE("社区资金使用"),
  /** A change of the residents' convention (居民公约修订). */
  RESIDENTS_CONVENTION("居民公约修订"),
  /** Any other major community affair (其他重大事项). */
  OTHER_MAJOR_AFFAIR("其他重大事项");

  private final String chinese;

  MatterKind(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return e.g. {@code 居民公约修订}
   */
  public String chinese() {
    return chinese;
  }
}
