package ru.edu.innovation.query.products;

import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.query.card.ActivityView;
import ru.edu.innovation.query.card.ProductView;

import java.util.Map;

/** A product of the project with the title of the activity it came from, where one is named. */
public record ProductRow(String productId, String title, ProductKind kind, Integer taskNumber, String activityId,
                         String activityTitle, String reference) {

    public static ProductRow of(ProductView view, Map<String, ActivityView> activities) {
        var product = view.product();
        ActivityView activity = product.activityId() == null ? null : activities.get(product.activityId());
        return new ProductRow(view.productId(), product.title(), product.kind(),
                product.taskNumber() != null ? product.taskNumber() : activity == null ? null : activity.plan().taskNumber(),
                product.activityId(), activity == null ? null : activity.plan().title(), product.reference());
    }
}
