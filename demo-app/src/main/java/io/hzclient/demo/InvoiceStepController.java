package io.hzclient.demo;

import io.hzclient.HzClient;
import io.hzclient.transaction.TransactionOptions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.TreeMap;

/**
 * A transactional job step: {@code POST /invoices} queues an invoice; {@code POST /invoices/next} takes the next one
 * from the {@code invoices} queue and records it as paid in the {@code invoices-paid} map, both in one transaction,
 * or neither ({@code ?fail=true} makes the step fail after both writes: the invoice is back in the queue).
 */
@RestController
class InvoiceStepController {
    private final HzClient client;

    InvoiceStepController(HzClient client) {
        this.client = client;
    }

    @PostMapping("/invoices")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void submit(@RequestBody String invoice) {
        client.<String>getQueue("invoices").offer(invoice);
    }

    @PostMapping("/invoices/next")
    ResponseEntity<String> payNext(@RequestParam(defaultValue = "false") boolean fail) {
        try {
            String paid = client.executeTransaction(TransactionOptions.defaults(), tx -> {
                String invoice = tx.<String>getQueue("invoices").poll();
                if (invoice != null) {
                    tx.<String, String>getMap("invoices-paid").put(invoice, "paid");
                    if (fail) {
                        throw new IllegalStateException("the payment of " + invoice + " failed");
                    }
                }
                return invoice;
            });
            return paid == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(paid);
        } catch (IllegalStateException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage() + ": rolled back, still queued");
        }
    }

    @GetMapping("/invoices/paid")
    Map<String, String> paid() {
        return new TreeMap<>(client.<String, String>getMap("invoices-paid"));
    }
}
