package org.esimstore.dancity;

import java.util.List;

/**
 * The merchant's Dancity wallet cannot pay for the purchase.
 */
public class DancityInsufficientBalanceException extends DancityRejectedException {

	public DancityInsufficientBalanceException(List<String> reasons) {
		super(reasons);
	}

}
