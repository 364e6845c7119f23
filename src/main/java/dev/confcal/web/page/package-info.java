/**
 * The landing page: its sections, labels in English and Chinese, highlighted matches and links into calendar apps,
 * rendered from a {@link dev.confcal.web.page.PageModel}. It reads the feed URL contract from {@code web.feed}
 * and nothing of the server.
 */
package dev.confcal.web.page;
