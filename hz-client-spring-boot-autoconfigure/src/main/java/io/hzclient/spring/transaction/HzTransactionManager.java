package io.hzclient.spring.transaction;

import io.hzclient.HzClient;
import io.hzclient.transaction.TransactionContext;
import io.hzclient.transaction.TransactionException;
import io.hzclient.transaction.TransactionOptions;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.InvalidIsolationLevelException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Objects;

/**
 * Spring's transaction manager over one client's transactions: a {@code @Transactional} method runs in a Hazelcast
 * transaction bound to its thread, which {@link HzTransactions#current(HzClient)} hands to the code inside. Spring's
 * propagation rules apply as for any resource transaction manager: REQUIRED joins, REQUIRES_NEW suspends the
 * current transaction and runs a new one, NOT_SUPPORTED suspends it, NEVER refuses to run inside one; rollback rules
 * are Spring's (a runtime exception or error rolls back, a checked exception commits unless a rule says otherwise);
 * the annotation's timeout becomes the transaction's. Isolation levels other than the default are refused (the
 * members' is read committed). Beside another resource (a database), it is not XA: each commits on its own.
 * <pre>{@code
 * @Bean
 * HzTransactionManager transactionManager(HzClient client) {
 *     return new HzTransactionManager(client);
 * }
 * }</pre>
 */
public class HzTransactionManager extends AbstractPlatformTransactionManager implements ResourceTransactionManager {
    private final HzClient client;
    private final TransactionOptions options;

    /**
     * A transaction manager whose transactions have the default options (two-phase, two minutes, durability 1).
     *
     * @param client the client whose transactions it runs
     */
    public HzTransactionManager(HzClient client) {
        this(client, TransactionOptions.defaults());
    }

    /**
     * A transaction manager whose transactions have the given options; a {@code @Transactional} timeout replaces
     * theirs.
     *
     * @param client  the client whose transactions it runs
     * @param options the transactions' type, timeout and durability
     */
    public HzTransactionManager(HzClient client, TransactionOptions options) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.options = Objects.requireNonNull(options, "options must not be null");
        setNestedTransactionAllowed(false);
    }

    /**
     * The client whose transactions this manager runs: the key its transactions are bound to the thread under.
     *
     * @return the client
     */
    @Override
    public Object getResourceFactory() {
        return client;
    }

    @Override
    protected Object doGetTransaction() {
        return new HzTransactionObject((HzTransactionHolder) TransactionSynchronizationManager.getResource(client));
    }

    @Override
    protected boolean isExistingTransaction(Object transaction) {
        return ((HzTransactionObject) transaction).holder != null;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        if (definition.getIsolationLevel() != TransactionDefinition.ISOLATION_DEFAULT) {
            throw new InvalidIsolationLevelException("Hazelcast transactions are read committed: isolation level "
                    + definition.getIsolationLevel() + " is not supported");
        }
        TransactionOptions txOptions = options;
        int timeout = determineTimeout(definition);
        if (timeout != TransactionDefinition.TIMEOUT_DEFAULT) {
            txOptions = txOptions.withTimeout(Duration.ofSeconds(timeout));
        }
        TransactionContext context = client.newTransactionContext(txOptions);
        try {
            context.beginTransaction();
        } catch (RuntimeException e) {
            throw new CannotCreateTransactionException("could not begin a Hazelcast transaction: " + e.getMessage(),
                    e);
        }
        HzTransactionHolder holder = new HzTransactionHolder(context);
        ((HzTransactionObject) transaction).holder = holder;
        TransactionSynchronizationManager.bindResource(client, holder);
    }

    @Override
    protected Object doSuspend(Object transaction) {
        ((HzTransactionObject) transaction).holder = null;
        return TransactionSynchronizationManager.unbindResource(client);
    }

    @Override
    protected void doResume(Object transaction, Object suspendedResources) {
        TransactionSynchronizationManager.bindResource(client, suspendedResources);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            ((HzTransactionObject) status.getTransaction()).holder.context.commitTransaction();
        } catch (TransactionException e) {
            throw new TransactionSystemException(e.getMessage(), e);
        }
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        ((HzTransactionObject) status.getTransaction()).holder.context.rollbackTransaction();
    }

    @Override
    protected void doSetRollbackOnly(DefaultTransactionStatus status) {
        ((HzTransactionObject) status.getTransaction()).holder.rollbackOnly = true;
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        HzTransactionObject tx = (HzTransactionObject) transaction;
        TransactionSynchronizationManager.unbindResourceIfPossible(client);
        if (tx.holder != null) {
            tx.holder.context.close(); // rolls back one that was neither committed nor rolled back
        }
    }

    /** The transaction of one {@code @Transactional} scope: the holder bound to the thread, if any. */
    private static final class HzTransactionObject implements SmartTransactionObject {
        HzTransactionHolder holder;

        HzTransactionObject(HzTransactionHolder holder) {
            this.holder = holder;
        }

        @Override
        public boolean isRollbackOnly() {
            return holder != null && holder.rollbackOnly;
        }

        @Override
        public void flush() {
        }
    }
}
