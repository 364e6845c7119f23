/**
 * What every long-running part of the process reports to or waits by: monotonic time
 * ({@link dev.confcal.publish.runtime.Ticker}) and whether the heap ran out
 * ({@link dev.confcal.publish.runtime.HeapAlarm}). A leaf: it imports nothing of confcal.
 */
package dev.confcal.publish.runtime;
