/**
 * Text messages through GOV.UK Notify: UK mobile numbers as people write them, Notify's key and
 * token, and the one request that sends a text. The outbox ({@code notification}) decides when.
 */
package org.openneighbourhood.api.texting;
