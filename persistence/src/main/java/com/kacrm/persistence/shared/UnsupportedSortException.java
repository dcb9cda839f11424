package com.kacrm.persistence.shared;

import java.util.Set;
import java.util.TreeSet;

/**
 * A list was asked to sort by a key it does not offer; answered as 400 with the keys it
 * does offer.
 */
public class UnsupportedSortException extends RuntimeException {

	private final String property;

	private final Set<String> supported;

	public UnsupportedSortException(String property, Set<String> supported) {
		super("Cannot sort by '" + property + "'; supported: " + new TreeSet<>(supported));
		this.property = property;
		this.supported = new TreeSet<>(supported);
	}

	public String getProperty() {
		return this.property;
	}

	public Set<String> getSupported() {
		return this.supported;
	}

}
