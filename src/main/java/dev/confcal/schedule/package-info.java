/**
 * The domain: a conference {@link dev.confcal.schedule.Schedule} of {@link dev.confcal.schedule.Session}s, the
 * {@link dev.confcal.schedule.Filter} a feed selects them with, and the located {@link dev.confcal.schedule.Problem}s
 * found on the way, each of the one catalogue, {@link dev.confcal.schedule.ProblemCode}. Records that check their
 * arguments; this package imports nothing of confcal.
 */
package dev.confcal.schedule;
