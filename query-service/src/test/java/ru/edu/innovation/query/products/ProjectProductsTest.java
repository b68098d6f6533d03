package ru.edu.innovation.query.products;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.edu.innovation.api.plan.ActivityPlannedEvent;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.ProductKind;
import ru.edu.innovation.api.product.ProductRecordedEvent;
import ru.edu.innovation.query.card.ProjectCard;
import ru.edu.innovation.query.card.ProjectHistory;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.edu.innovation.query.card.ProjectHistory.PROJECT_ID;
import static ru.edu.innovation.seeds.SeedProjects.networkModelActivity;
import static ru.edu.innovation.seeds.SeedProjects.networkModelProduct;
import static ru.edu.innovation.seeds.SeedProjects.ogeStudentsBaseProduct;

/** The list of a project's products. */
class ProjectProductsTest {

    private static final Product RECOMMENDATIONS = new Product("Методические рекомендации по организации сетевого "
            + "взаимодействия", ProductKind.METHODICAL_RECOMMENDATIONS, null, null, "https://imcyaya.kuz-edu.ru/");

    private static ProjectCard yaya() {
        Product modelWithoutTask = new Product(networkModelProduct("model").title(), ProductKind.MODEL, null, "model",
                null);
        return ProjectHistory.yayaActive()
                .then(new ActivityPlannedEvent(PROJECT_ID, "model", networkModelActivity()))
                .then(new ProductRecordedEvent(PROJECT_ID, "recommendations", RECOMMENDATIONS))
                .then(new ProductRecordedEvent(PROJECT_ID, "model", modelWithoutTask))
                .then(new ProductRecordedEvent(PROJECT_ID, "oge-base", ogeStudentsBaseProduct()))
                .card();
    }

    @Test
    @DisplayName("by task, a product of an activity taking the activity's task and title, those of no task last")
    void byTask() {
        ProjectProducts products = ProjectProducts.of(yaya(), null, null);

        assertThat(products.products()).extracting(ProductRow::productId)
                .containsExactly("model", "oge-base", "recommendations");
        assertThat(products.products().get(0).taskNumber()).isEqualTo(1);
        assertThat(products.products().get(0).activityTitle()).isEqualTo(networkModelActivity().title());
    }

    @Test
    @DisplayName("filters by kind and by task")
    void filters() {
        assertThat(ProjectProducts.of(yaya(), ProductKind.DATABASE, null).products())
                .extracting(ProductRow::productId).containsExactly("oge-base");
        assertThat(ProjectProducts.of(yaya(), null, 1).products())
                .extracting(ProductRow::productId).containsExactly("model", "oge-base");
    }
}
