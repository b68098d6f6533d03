package ru.edu.innovation.api.product;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProductRecordedEvent(String projectId, String productId, Product product) {
}
