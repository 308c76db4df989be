package io.hzclient.transaction;

/** A distributed structure as one transaction sees it: its own changes, and what others committed. */
public interface TransactionalObject {

    /**
     * The structure's name: the same structure as the client's non-transactional one of that name.
     *
     * @return the name
     */
    String getName();
}
