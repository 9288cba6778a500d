package org.esimstore.catalog;

/**
 * What a pricing rule applies to; a package rule wins over a region rule, which wins over
 * the default.
 */
public enum PricingScope {

	/** The rule for every package no other rule covers; exactly one exists. */
	DEFAULT,

	/** The rule for the packages of one region, keyed by its code such as {@code NG}. */
	REGION,

	/** The rule for one package, keyed by its Dancity package code. */
	PACKAGE

}
