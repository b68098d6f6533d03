package ru.edu.innovation.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.edu.innovation.command.security.ConfiguredInstitutes;
import ru.edu.innovation.command.security.InnovationUser;
import ru.edu.innovation.platform.region.Place;
import ru.edu.innovation.platform.region.Regions;

import java.util.List;
import java.util.Optional;

@RestController
@Tag(name = "Проект и статус")
public class InstitutesController {

    private final ConfiguredInstitutes institutes;
    private final Regions regions;

    public InstitutesController(ConfiguredInstitutes institutes, Regions regions) {
        this.institutes = institutes;
        this.regions = regions;
    }

    /** A user of an organization placed in a region sees that region's institutes only: a school names one of its own region. */
    @GetMapping("/api/institutes")
    @Operation(summary = "Институты, которые могут проводить экспертизу проекта (код для reviewingInstituteId и название): "
            + "институты региона организации пользователя")
    public List<ConfiguredInstitutes.Institute> institutes(@AuthenticationPrincipal InnovationUser user) {
        Optional<String> region = Optional.ofNullable(user).map(InnovationUser::organizationId)
                .flatMap(regions::placeOf).map(Place::region);
        return institutes.all().stream()
                .filter(institute -> region.isEmpty()
                        || regions.placeOf(institute.id()).map(Place::region).equals(region))
                .toList();
    }
}
