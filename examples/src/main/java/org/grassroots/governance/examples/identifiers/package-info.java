/** The identifiers example (标识码示例). */
@NullMarked
package org.grassroots.governance.examples.identifiers;

import org.jspecify.annotations.NullMarked;
