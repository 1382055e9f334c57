/** Tests of {@code org.grassroots.governance.id}. */
@NullMarked
package org.grassroots.governance.id;

import org.jspecify.annotations.NullMarked;
