package io.hzclient.demo;

import io.hzclient.map.HzMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/**
 * Customers in the distributed map {@code customers}: the starter registers the map as a bean because
 * application.yml lists it under {@code hz.client.beans.maps}.
 */
@RestController
@RequestMapping("/customers")
class CustomerController {
    private final HzMap<String, Customer> customers;
    private final CustomerSearch search;

    CustomerController(@Qualifier("customers") HzMap<String, Customer> customers, CustomerSearch search) {
        this.customers = customers;
        this.search = search;
    }

    /** Stores the customer under the id of the path (an id in the body is ignored). */
    @PutMapping("/{id}")
    Customer put(@PathVariable String id, @RequestBody Customer body) {
        Customer customer = new Customer(id, body.name(), body.email());
        customers.set(id, customer);
        return customer;
    }

    @GetMapping("/{id}")
    ResponseEntity<Customer> get(@PathVariable String id) {
        return ResponseEntity.ofNullable(customers.get(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        return customers.remove(id) == null ? ResponseEntity.notFound().build() : ResponseEntity.noContent().build();
    }

    /**
     * With {@code name}: the customers of that name, found by SQL on the cluster. Without: every customer, by id
     * (fine for a demo; a large map wants paging).
     */
    @GetMapping
    List<Customer> all(@RequestParam(required = false) String name) {
        if (name != null) {
            return search.byName(name);
        }
        return customers.values().stream().sorted(Comparator.comparing(Customer::id)).toList();
    }
}
