/**
 * ITA frameworks per fiscal year as data: tools, channels, indicators, questions and OIT items, scales,
 * aggregation methods, weights, grade bands and recommendations, each value with its source and confidence.
 * Shipped as JSON files in the jar and validated at start-up. Sends and receives no events.
 */
package org.prongsai.framework;
