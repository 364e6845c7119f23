/**
 * The feed URL contract, in its one home: {@link dev.confcal.web.feed.FeedQuery} with its table of feed kinds, the
 * query strings and parameters it reads, the base URL feeds are linked from, and which track files are written.
 * Both the server ({@code web}) and the page ({@code web.page}) use it; it imports nothing of either.
 */
package dev.confcal.web.feed;
