/** The flagship simulation example (旗舰示例). */
@NullMarked
package org.grassroots.governance.examples.simulation;

import org.jspecify.annotations.NullMarked;
