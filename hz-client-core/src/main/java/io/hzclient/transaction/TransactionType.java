package io.hzclient.transaction;

/** How the members commit a transaction. */
public enum TransactionType {
    /**
     * The default. Before it commits, the member that runs the transaction prepares every change and copies its
     * commit log to {@link TransactionOptions#durability()} backup members. That member's death during the commit can
     * still leave part of the changes made: the members finish a client's transaction from its backup log only once
     * they see the client leave the cluster (seen in this client's tests with 5.7 members; see the README).
     */
    TWO_PHASE(2),
    /**
     * Faster, no commit log backups: if the member running the transaction dies during the commit, part of the
     * changes may be made and the rest lost.
     */
    ONE_PHASE(1);

    private final int id;

    TransactionType(int id) {
        this.id = id;
    }

    /**
     * The type's number in the protocol, as the members read it (the protocol definition's text has the two the
     * other way round).
     *
     * @return 2 for two-phase, 1 for one-phase
     */
    public int id() {
        return id;
    }
}
