/** Tests. */
@NullMarked
package org.grassroots.governance.json.csv;

import org.jspecify.annotations.NullMarked;
