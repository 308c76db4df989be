package io.hzclient.demo;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The first {@code GET} of a product takes about 300 ms, the next ones come from the cache until its TTL ends. */
@RestController
@RequestMapping("/products")
class ProductController {
    private final ProductCatalog catalog;

    ProductController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/{id}")
    Product get(@PathVariable String id) {
        return catalog.find(id);
    }

    /** Drops the product from the cache, so the next {@code GET} runs the slow lookup again. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> evict(@PathVariable String id) {
        catalog.evict(id);
        return ResponseEntity.noContent().build();
    }
}
