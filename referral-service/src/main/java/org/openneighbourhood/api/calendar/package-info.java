/**
 * Working days: England and Wales bank holidays (a list a platform admin can update from GOV.UK's
 * published file) and the arithmetic that response deadlines and reminders are counted in.
 */
package org.openneighbourhood.api.calendar;
