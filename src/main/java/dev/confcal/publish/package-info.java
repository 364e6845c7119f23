/**
 * The live edition: the notes file watched, parsed and published when it is safe to
 * ({@link dev.confcal.publish.LiveEdition}, {@link dev.confcal.publish.PublishPolicy}), and what /healthz says of it.
 * Time and state live here and below: the ledger ({@code publish.ledger}), the official schedule followed
 * ({@code publish.following}), the monotonic ticker and heap alarm ({@code publish.runtime}); which files of a notes
 * folder are conferences, and their slugs ({@code publish.folder}).
 */
package dev.confcal.publish;
