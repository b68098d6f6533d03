package ru.edu.innovation.launcher;

import ru.edu.innovation.api.common.Organization;
import ru.edu.innovation.api.common.Period;
import ru.edu.innovation.api.common.Person;
import ru.edu.innovation.api.common.StatusLevel;
import ru.edu.innovation.api.project.ProjectDetails;
import ru.edu.innovation.api.project.RegisterProjectDraftCommand;
import ru.edu.innovation.api.project.StagePlan;
import ru.edu.innovation.api.project.SubmitApplicationCommand;
import ru.edu.innovation.processes.ApprovalProcesses;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A second region in the demo: a municipal innovation site of Barnaul (Altai krai), run through Altai's own
 * route — the city's methodological centre reviews, the city's education committee assigns the status by
 * its распоряжение — so that Tasklist and the read side show two regions side by side.
 *
 * <p>Illustrative: no seed document comes from Altai. The school's program, the theme and the распоряжение's
 * number are made up to be plausible for a municipal site; the people are the configured demo users of
 * the Barnaul school (innovation.identity.users), the bodies are real ones.
 */
final class AltaiDemo {

    static final String PROJECT = "barnaul-municipal-site-2024";
    static final String SCHOOL_BARNAUL = "school-barnaul";

    /** A school's command as the API sends it, with the user in the metadata. */
    interface SchoolCommands {
        void send(String userId, String organizationId, Object command);
    }

    /** A task completed as its user would in Tasklist. */
    interface Tasks {
        void complete(String userId, String businessKey, String taskKey, Map<String, Object> formValues);
    }

    private AltaiDemo() {
    }

    /** The Barnaul school's application, from its draft to the committee's распоряжение. */
    static void municipalSiteOfBarnaul(SchoolCommands school, Tasks tasks) {
        school.send("zavuch-barnaul", SCHOOL_BARNAUL, new RegisterProjectDraftCommand(PROJECT, application()));
        school.send("zavuch-barnaul", SCHOOL_BARNAUL, new SubmitApplicationCommand(PROJECT, null));
        tasks.complete("director-barnaul", PROJECT, "Task_SignApplication",
                Map.of(ApprovalProcesses.SIGNATURE_CONFIRMED, true));
        tasks.complete("metodist-barnaul", PROJECT, "Task_InstituteReview", Map.of(
                ApprovalProcesses.INSTITUTE_DECISION, "APPROVE",
                ApprovalProcesses.INSTITUTE_CONCLUSION, "Программа соответствует требованиям к муниципальным "
                        + "инновационным площадкам: цель и задачи согласованы, результаты этапов измеримы"));
        tasks.complete("komitet-barnaul-head", PROJECT, "Task_MinistryDecision", Map.of(
                ApprovalProcesses.MINISTRY_DECISION, "APPROVE",
                ApprovalProcesses.ORDER_NUMBER, "412-р",
                ApprovalProcesses.ORDER_DATE, "2024-08-27",
                ApprovalProcesses.VALID_FROM, "2024-09-01",
                ApprovalProcesses.VALID_TO, "2027-08-31"));
    }

    private static ProjectDetails application() {
        Organization school = new Organization(SCHOOL_BARNAUL,
                "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа» г. Барнаула",
                "МБОУ СОШ г. Барнаула", "городской округ — город Барнаул", null, null);
        return new ProjectDetails(StatusLevel.MUNICIPAL,
                "Школьный технопарк как ресурс формирования инженерного мышления обучающихся",
                "Создать модель школьного технопарка, развивающую инженерное мышление обучающихся 5–11 классов "
                        + "через проектную деятельность в сетевом взаимодействии со школами города",
                List.of("Разработать программы курсов внеурочной деятельности технической направленности",
                        "Организовать проектные команды обучающихся с наставниками из числа педагогов и студентов",
                        "Провести городской фестиваль инженерных проектов школьников",
                        "Обобщить опыт в методических рекомендациях для школ города"),
                "Развитие инженерного образования и технологического предпринимательства школьников",
                new Period(LocalDate.of(2024, 9, 1), LocalDate.of(2027, 8, 31)),
                List.of(new StagePlan("Подготовительный этап", new Period(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 5, 31))),
                        new StagePlan("Основной этап", new Period(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 12, 31))),
                        new StagePlan("Обобщающий этап", new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 8, 31)))),
                school, List.of(),
                new Person("Фролова О.Л.", "директор МБОУ СОШ г. Барнаула", "director-barnaul"),
                List.of(new Person("Ершова Т.В.", "заместитель директора по УВР МБОУ СОШ г. Барнаула")),
                null, List.of(), List.of(), List.of());
    }
}
