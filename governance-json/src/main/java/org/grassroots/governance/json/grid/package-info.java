/** The exchange form of the grid hierarchy (网格化管理层级): the document kind {@code hierarchy}. */
@NullMarked
package org.grassroots.governance.json.grid;

import org.jspecify.annotations.NullMarked;
