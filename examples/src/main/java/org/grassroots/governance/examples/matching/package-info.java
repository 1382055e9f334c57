/** The matching example (供需对接示例). */
@NullMarked
package org.grassroots.governance.examples.matching;

import org.jspecify.annotations.NullMarked;
