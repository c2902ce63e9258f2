/**
 * ITA results per agency and fiscal year, and the scoring engine ({@code scoring}, plain Java) that turns
 * answer counts and OIT verdicts into question, indicator, tool and total scores with the grade, each with
 * the formula that produced it. Sends and receives no events yet.
 */
package org.prongsai.assessment;
