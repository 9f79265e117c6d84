/**
 * Workbooks and CSV folders in and out. The layout, one sheet (or CSV file) per kind of
 * object, is described in {@code docs/SHEETS.md}.
 */
package dev.scap.sheets;
