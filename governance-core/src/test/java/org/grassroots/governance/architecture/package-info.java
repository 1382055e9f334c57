/** Tests of {@code org.grassroots.governance.architecture}. */
@NullMarked
package org.grassroots.governance.architecture;

import org.jspecify.annotations.NullMarked;
