/**
 * The exchange forms of the governance structure (治理结构): the document kind {@code community}
 * (one {@link org.grassroots.governance.structure.CommunityGovernance}).
 */
@NullMarked
package org.grassroots.governance.json.structure;

import org.jspecify.annotations.NullMarked;
