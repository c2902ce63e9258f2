/**
 * The demo agency: a fictional อบต. with units, a person in every role and believable sample data, made on
 * first start when demo data is on, with each login printed. Sends and receives no events.
 */
package org.prongsai.demo;
