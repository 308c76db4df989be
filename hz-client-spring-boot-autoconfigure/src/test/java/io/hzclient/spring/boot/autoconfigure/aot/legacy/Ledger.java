package io.hzclient.spring.boot.autoconfigure.aot.legacy;

import java.io.Serializable;

/** A Serializable class of a package named by {@code hz.client.serialization.java-serialization.allowed-packages}. */
public class Ledger implements Serializable {
    private static final long serialVersionUID = 1L;
}
