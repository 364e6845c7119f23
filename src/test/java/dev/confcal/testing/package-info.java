/**
 * What the tests share: fixtures, a clock the test moves, the real server on a free port, a served export, a server
 * process, and a reader that checks feeds against two iCalendar libraries. Test sources only.
 */
package dev.confcal.testing;
