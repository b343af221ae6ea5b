/**
 * Browser journeys in headless Chromium against the running stack, one page object per page, with
 * an axe-core WCAG 2.2 A/AA scan of every portal page visited.
 */
package org.openneighbourhood.deployment.journeys;
