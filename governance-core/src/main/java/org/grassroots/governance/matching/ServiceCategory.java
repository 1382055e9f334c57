package org.grassroots.governance.matching;

/**
 * The category of a demand or service (需求类别), from the taxonomy of community governance.
 *
 * <pre>{@code
 * Demand.builder().category(ServiceCategory.ELDER_CARE);
 * }</pre>
 */
public enum ServiceCategory {
  /** 养老: elder care, meal help, home visits to the elderly. */
  ELDER_CARE,
  /** 托育: childcare. */
  CHILDCARE,
  /** 就业: employment help. */
  EMPLOYMENT,
  /** 就医: medical care and escort. */
  MEDICAL,
  /** 上学: schooling, tutoring. */
  SCHOOLING,
  /** 住房: housing and repairs. */
  HOUSING,
  /** 法律援助: legal aid. */
  LEGAL_AID,
  /** 环境: environment and sanitation. */
  ENVIRONMENT,
  /** 文体: culture and sports. */
  CULTURE_SPORTS,
  /** 心理: psychological support. */
  PSYCHOLOGICAL_SUPPORT,
  /** 帮困: hardship relief. */
  HARDSHIP_RELIEF,
  /** 其他: anything else. */
  OTHER
}
