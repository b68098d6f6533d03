package ru.edu.innovation.command.product;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import ru.edu.innovation.api.product.Product;
import ru.edu.innovation.api.product.ProductRecordedEvent;
import ru.edu.innovation.api.product.RecordProductCommand;
import ru.edu.innovation.command.kernel.ProjectContext;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The products of the project: recommendations, programs, collections, models, videos … */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Products {

    private Set<String> productIds = new HashSet<>();

    @CommandHandler
    public long handle(RecordProductCommand command, MetaData metaData, ProjectContext project) {
        project.admitSchoolWork(metaData);
        if (productIds.contains(command.productId())) {
            throw Refusals.alreadyExists("Продукт", command.productId());
        }
        Product product = command.product();
        if (product.taskNumber() != null && product.taskNumber() > project.taskCount()) {
            throw Refusals.violation("UNKNOWN_TASK", "В проекте " + project.taskCount() + " задач, задачи №"
                    + product.taskNumber() + " нет");
        }
        if (product.activityId() != null && !project.hasActivity(product.activityId())) {
            throw Refusals.violation("UNKNOWN_ACTIVITY", "В плане нет мероприятия " + product.activityId());
        }
        apply(new ProductRecordedEvent(project.projectId(), command.productId(), product));
        return project.version();
    }

    @EventSourcingHandler
    void on(ProductRecordedEvent event) {
        productIds.add(event.productId());
    }
}
