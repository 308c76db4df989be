package io.hzclient.demo;

import io.hzclient.sql.SqlException;
import io.hzclient.sql.SqlResult;
import io.hzclient.sql.SqlService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * Finds customers by name with SQL over the {@code customers} map (the starter's {@link SqlService} bean). The map
 * becomes a table through a mapping, created at startup: Compact values, each field a column. A cluster without SQL
 * (no Jet, no {@code hazelcast-sql}) leaves the search off, and says why, instead of failing the application; when
 * the mapping failed only for want of a connection (lazy startup, a cluster still down), the next search tries again.
 */
@Component
class CustomerSearch implements ApplicationRunner {
    static final String MAPPING = "CREATE OR REPLACE MAPPING customers (id VARCHAR, name VARCHAR, email VARCHAR)"
            + " TYPE IMap OPTIONS ('keyFormat'='varchar', 'valueFormat'='compact', 'valueCompactTypeName'='"
            + Customer.class.getName() + "')";
    private static final Logger LOG = LoggerFactory.getLogger(CustomerSearch.class);

    private final SqlService sql;
    private volatile String unavailable = "the customers mapping is not created yet";
    private volatile boolean connectionProblem;

    CustomerSearch(SqlService sql) {
        this.sql = sql;
    }

    @Override
    public void run(ApplicationArguments args) {
        createMapping();
    }

    private void createMapping() {
        try {
            sql.execute(MAPPING).close();
            unavailable = null;
            connectionProblem = false;
        } catch (SqlException e) {
            unavailable = "the cluster refused the customers mapping: " + e.getMessage();
            connectionProblem = e.getCode() == SqlException.CONNECTION_PROBLEM;
            LOG.warn("Search by name is off: {}", unavailable);
        }
    }

    /** The customers of that exact name, by id. */
    List<Customer> byName(String name) {
        if (unavailable != null && connectionProblem) {
            createMapping(); // not connected at startup (lazy startup, or the cluster was down): try again now
        }
        String why = unavailable;
        if (why != null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "search by name is off: " + why);
        }
        try (SqlResult result = sql.execute("SELECT id, name, email FROM customers WHERE name = ? ORDER BY id",
                name)) {
            return result.as(Customer.class).toList();
        }
    }
}
