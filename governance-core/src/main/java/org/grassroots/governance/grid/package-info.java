/**
 * The grid hierarchy (网格化): province, city, county, street, community, grid and building as one
 * immutable tree with national-scale queries, the party overlay (党建引领), multi-grid fusion
 * (多网融合), restructuring (整合撤并 / 科学拆分) and four-level linkage (四级联动).
 *
 * <p>Entry points: {@link org.grassroots.governance.grid.GridHierarchy} (built by its builder or
 * from {@link org.grassroots.governance.grid.DivisionTableReader}),
 * {@link org.grassroots.governance.grid.NodePositions} for array-speed analytics,
 * {@link org.grassroots.governance.grid.PartyOverlay} and
 * {@link org.grassroots.governance.grid.GridFusion}.
 */
@NullMarked
package org.grassroots.governance.grid;

import org.jspecify.annotations.NullMarked;
