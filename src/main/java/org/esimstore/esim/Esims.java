package org.esimstore.esim;

import java.util.Optional;
import java.util.UUID;

import org.esimstore.dancity.DancityException;

/**
 * The customers' eSIMs as other modules use them: checkout registers what a purchase
 * produced, checks top-up eligibility and refreshes usage after a top-up.
 */
public interface Esims {

	/**
	 * Records the eSIM a provisioned purchase produced. Registering the same purchase
	 * again (same order id) returns the eSIM already recorded, completing its profile
	 * when the first registration came before Dancity had allocated it; the eSIM is never
	 * recorded twice.
	 * @param registration the purchase and what Dancity's details endpoint showed
	 * @return the registered eSIM
	 * @throws EsimAlreadyRegisteredException when the order or the ICCID already belongs
	 * to a different customer or order
	 */
	CustomerEsim register(EsimRegistration registration);

	/**
	 * One of a customer's eSIMs, as stored, without asking Dancity.
	 * @param customerId the customer (the token's subject)
	 * @param esimId the eSIM
	 * @return the eSIM, or empty when it does not exist or belongs to someone else
	 */
	Optional<CustomerEsim> findForCustomer(String customerId, UUID esimId);

	/**
	 * The eSIM an order produced, as stored, without asking Dancity.
	 * @param orderId the order whose purchase produced it
	 * @return the eSIM, or empty when none has been registered for the order
	 */
	Optional<CustomerEsim> findByOrder(UUID orderId);

	/**
	 * Reads status, data and validity left from Dancity now and stores them, for example
	 * after a top-up was applied.
	 * @param esimId the eSIM
	 * @return the eSIM with fresh usage
	 * @throws EsimNotFoundException when there is no such eSIM
	 * @throws DancityException when Dancity cannot answer; the stored values stay as they
	 * were
	 */
	CustomerEsim refreshUsage(UUID esimId);

	/**
	 * What a top-up needs, once the eSIM is known to belong to the customer and to accept
	 * top-ups. Status comes from Dancity when the stored one is older than the refresh
	 * interval and Dancity answers, from the database otherwise.
	 * @param customerId the customer (the token's subject)
	 * @param esimId the eSIM to top up
	 * @return the eSIM's ICCID and package
	 * @throws EsimNotFoundException when it does not exist or belongs to someone else
	 * @throws TopUpNotAllowedException when its status or missing ICCID rules a top-up
	 * out
	 */
	TopUpTarget topUpTarget(String customerId, UUID esimId);

}
