package io.hzclient.sql;

import io.hzclient.HzClientException;

import java.util.UUID;

/**
 * A statement that failed: refused by the member (its text, its parameters, a missing mapping), cancelled, timed
 * out, or cut off by the loss of the member running it. Carries the member's error code, the member the error came
 * from and, where the member has one, a suggestion (such as the CREATE MAPPING a query lacks).
 */
public class SqlException extends HzClientException {
    /** An error without a more precise code. */
    public static final int GENERIC = -1;
    /** The client lost, or never had, a connection to a member for the statement. */
    public static final int CONNECTION_PROBLEM = 1001;
    /** The query was closed (or its client shut down) before it finished. */
    public static final int CANCELLED_BY_USER = 1003;
    /** The statement ran longer than its timeout. */
    public static final int TIMEOUT = 1004;
    /** The cluster's partitions moved while the query ran. */
    public static final int PARTITION_DISTRIBUTION = 1005;
    /** A map's MapStore was still loading it. */
    public static final int MAP_LOADING_IN_PROGRESS = 1007;
    /** The statement's text could not be parsed or validated. */
    public static final int PARSING = 1008;
    /** An index the query used became invalid. */
    public static final int INDEX_INVALID = 1009;
    /** An object the statement names does not exist. */
    public static final int OBJECT_NOT_FOUND = 1010;
    /** A member joined or left while the query ran. */
    public static final int TOPOLOGY_CHANGE = 1011;
    /** A failure after which the statement may succeed when run again. */
    public static final int RESTARTABLE_ERROR = 1012;
    /** A value could not be converted or computed (a bad cast, a division by zero...). */
    public static final int DATA_EXCEPTION = 2000;

    private final int code;
    private final UUID originatingMemberId;
    private final String suggestion;

    /**
     * Makes the exception.
     *
     * @param code                the error code (one of this class's constants, or another the member sends)
     * @param message             what went wrong
     * @param originatingMemberId the member the error came from, or null when it arose in the client
     * @param suggestion          what may fix it, or null
     * @param cause               the failure behind it, or null
     */
    public SqlException(int code, String message, UUID originatingMemberId, String suggestion, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.originatingMemberId = originatingMemberId;
        this.suggestion = suggestion;
    }

    /**
     * The error code.
     *
     * @return one of this class's constants, or another code the member sent
     */
    public int getCode() {
        return code;
    }

    /**
     * The member the error came from.
     *
     * @return its UUID, or null when the error arose in the client
     */
    public UUID getOriginatingMemberId() {
        return originatingMemberId;
    }

    /**
     * What the member suggests to fix the error, for example the {@code CREATE MAPPING} statement a query over a map
     * without a mapping needs.
     *
     * @return the suggestion, or null
     */
    public String getSuggestion() {
        return suggestion;
    }
}
