/**
 * Core web layer: URL routing and language, security headers and cross-site checks, the page
 * shell's beans, login and logout, and the staff pages of core (dashboard, modules, users, audit).
 * Depends on the application services; modules use the shell through its templates.
 */
package org.beaconportal.core.web;
