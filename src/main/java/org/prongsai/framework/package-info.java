/**
 * ITA frameworks per fiscal year as data: tools, channels, indicators, questions and OIT items, scales,
 * aggregation methods, weights, grade bands and recommendations, each value with its source and confidence.
 * Shipped as JSON files in the jar and validated at start-up. Sends
 * {@code FrameworkChanged} when a year is corrected, copied or reverted; receives none. Only operators correct a
 * framework, and each correction is written in every agency's audit trail.
 */
package org.prongsai.framework;
