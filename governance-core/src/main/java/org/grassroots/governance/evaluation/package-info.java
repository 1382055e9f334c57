/**
 * Evaluation (考核, 标准化): an {@link org.grassroots.governance.evaluation.IndicatorSystem} in four
 * sections — party building (社区党建), service (社区服务), self-governance (社区自治) and management
 * (社区管理) — of quantifiable indicators with targets, scoring rules and weights; scores per
 * community ({@link org.grassroots.governance.evaluation.Evaluation}), the indicators that cost
 * each community the most points, ranking, and the roll-up to streets and districts
 * ({@link org.grassroots.governance.evaluation.RollUp}) over any
 * {@link org.grassroots.governance.evaluation.AreaHierarchy}.
 *
 * <p>Measures are values keyed by {@link org.grassroots.governance.evaluation.MeasureId} and
 * community ({@link org.grassroots.governance.evaluation.Measurements}); the ids the library fills
 * from its own data are in {@link org.grassroots.governance.evaluation.StandardMeasures}.
 */
@NullMarked
@GovernanceStyle
package org.grassroots.governance.evaluation;

import org.grassroots.governance.value.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
