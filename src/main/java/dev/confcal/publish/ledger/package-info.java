/**
 * What was published, remembered across restarts: the SEQUENCE and CANCELLED state of every session
 * ({@link dev.confcal.publish.ledger.Ledger}), its file format and limits, its lock, the last good notes and the
 * high-water mark beside it, and where those files really are ({@link dev.confcal.publish.ledger.StatePaths}). It
 * imports nothing of the live edition; its file format is its own records, apart from the domain.
 */
package dev.confcal.publish.ledger;
