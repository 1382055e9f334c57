/**
 * Personal data (个人信息): the masking rule and the marker interface of values that are never
 * printed whole.
 */
@NullMarked
package org.grassroots.governance.privacy;

import org.jspecify.annotations.NullMarked;
