package ru.edu.innovation.query.products;

import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.query.card.ProjectCard;

import java.util.Comparator;
import java.util.List;

/**
 * The products of a project, of a kind and task where asked, by task (those of no task last) and
 * then in the order they were recorded. A product names its task or its activity, whose task it takes.
 */
public record ProjectProducts(String projectId, long version, List<ProductRow> products) {

    public static ProjectProducts of(ProjectCard card, ProductKind kind, Integer taskNumber) {
        List<ProductRow> rows = card.products().values().stream()
                .map(view -> ProductRow.of(view, card.activities()))
                .filter(row -> kind == null || row.kind() == kind)
                .filter(row -> taskNumber == null || taskNumber.equals(row.taskNumber()))
                .sorted(Comparator.comparing(ProductRow::taskNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new ProjectProducts(card.projectId(), card.version(), rows);
    }
}
