/**
 * HTTP: {@link dev.confcal.web.WebApp} makes the unstarted Javalin server (routes, caching, headers, Jetty's
 * limits), and {@link dev.confcal.web.StaticExport} writes the same URLs as files. The feed URL contract has its one
 * home here, {@link dev.confcal.web.FeedQuery}, with its table of feed kinds.
 */
package dev.confcal.web;
