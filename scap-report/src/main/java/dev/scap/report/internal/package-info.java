/** What the renderers share and users do not call: escapes, numbers and the CSV format. */
package dev.scap.report.internal;
