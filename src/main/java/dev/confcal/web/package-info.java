/**
 * HTTP: {@link dev.confcal.web.WebApp} makes the unstarted Javalin server (routes, caching, headers, Jetty's
 * limits), and {@link dev.confcal.web.StaticExport} writes the same URLs as files. It renders pages with
 * {@code web.page} and reads and writes feed URLs with {@code web.feed}; neither imports anything of this package.
 */
package dev.confcal.web;
