/** The grid hierarchy example (网格化示例). */
@NullMarked
package org.grassroots.governance.examples.hierarchy;

import org.jspecify.annotations.NullMarked;
