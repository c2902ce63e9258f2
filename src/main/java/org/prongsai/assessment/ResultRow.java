package org.prongsai.assessment;

/**
 * One line of an import: {@code kind} is question, oit, indicator or total; {@code line} is the row number a
 * person sees in the spreadsheet.
 */
public record ResultRow(int line, String kind, String id, String channel, String value, String respondents) {}
