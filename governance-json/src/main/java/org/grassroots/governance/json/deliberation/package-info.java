/** The exchange form of community deliberation (协商议事): the document kind {@code matter}. */
@NullMarked
package org.grassroots.governance.json.deliberation;

import org.jspecify.annotations.NullMarked;
