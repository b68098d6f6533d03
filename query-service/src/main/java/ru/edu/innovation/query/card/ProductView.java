package ru.edu.innovation.query.card;

import ru.edu.innovation.api.product.Product;

import java.time.Instant;

public record ProductView(String productId, Product product, Instant recordedAt) {
}
