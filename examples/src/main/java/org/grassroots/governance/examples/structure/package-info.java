/**
 * The worked example of one core, many elements and co-building agreements, built from two cases
 * of the source articles: a municipal agency paired with a community (seed 003, 黄石市审计局 and
 * 陈伯臻社区) and a street joint party working committee with part-time members from resident
 * units (seed 004, 呼和浩特市新城区海拉尔东路街道). Run {@link
 * org.grassroots.governance.examples.structure.CoBuildingExample#main}.
 */
@NullMarked
package org.grassroots.governance.examples.structure;

import org.jspecify.annotations.NullMarked;
