package ru.edu.innovation.query.documents;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import ru.edu.innovation.query.documents.ReportDocument.TitlePage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as a Word document for the regional offices that edit it: the same sections in the
 * same order as the HTML page, tables as Word tables, the chart left to the indicators' table.
 */
final class DocxWriter {

    private static final String FONT = "Times New Roman";

    private final XWPFDocument docx = new XWPFDocument();

    private DocxWriter() {
    }

    static byte[] write(ReportDocument document) {
        DocxWriter writer = new DocxWriter();
        writer.document(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument docx = writer.docx) {
            docx.write(out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }

    private void document(ReportDocument doc) {
        titlePage(doc.titlePage());
        heading("1. Общие сведения", 14);
        heading("1.1. Наименование образовательной организации", 12);
        doc.general().organizations().forEach(this::paragraph);
        if (doc.general().addressAndContacts() != null) {
            heading("1.2. Адрес и контакты", 12);
            paragraph(doc.general().addressAndContacts());
        }
        if (doc.general().leader() != null) {
            heading("1.3. Руководитель инновационной площадки", 12);
            paragraph(doc.general().leader());
        }
        heading("2. Информационно-аналитическая справка", 14);
        labelled("Тема: ", doc.note().theme());
        if (doc.note().goal() != null) {
            labelled("Цель: ", doc.note().goal());
        }
        if (!doc.note().tasks().isEmpty()) {
            labelled("Задачи:", "");
            for (int i = 0; i < doc.note().tasks().size(); i++) {
                paragraph((i + 1) + ". " + doc.note().tasks().get(i));
            }
        }
        if (!doc.note().stages().isEmpty()) {
            labelled("Этапы" + (doc.note().currentStage() == null ? ":" : " (текущий — " + doc.note().currentStage() + "):"), "");
            table(List.of("№", "Этап", "Сроки", "Состояние"), doc.note().stages().stream()
                    .map(stage -> List.of(String.valueOf(stage.number()), stage.name(), stage.period(), stage.state()))
                    .toList());
        }
        heading("Содержание деятельности по реализации инновационного проекта", 12);
        List<List<String>> activities = doc.activities().stream()
                .map(row -> List.of(String.valueOf(row.number()), row.planned() + "\nсрок: " + row.deadline()
                                + "\nитог: " + row.outcome(), row.done(),
                        row.results()))
                .toList();
        table(List.of("№", "Запланированные мероприятия", "Фактическое содержание проделанной работы",
                "Основные результаты, продукты"), activities.isEmpty()
                ? List.of(List.of(ReportDocument.NOTHING, ReportDocument.NOTHING, ReportDocument.NOTHING,
                ReportDocument.NOTHING)) : activities);
        if (!doc.deviations().isEmpty()) {
            heading("Отклонения от плана, их причины и управленческие действия", 12);
            table(List.of("Мероприятие", "Причина отклонения", "Управленческие действия"), doc.deviations().stream()
                    .map(row -> List.of(row.activity(), row.reason(), row.managementActions())).toList());
        }
        if (!doc.normativeActs().isEmpty()) {
            heading("Нормативные акты отчётного периода", 12);
            table(List.of("Вид", "Реквизиты", "Наименование", "Назначение"), doc.normativeActs().stream()
                    .map(row -> List.of(row.kind(), row.requisites(), row.title(), row.purpose())).toList());
        }
        if (doc.participants() != null) {
            var p = doc.participants();
            heading("Участники проведённых мероприятий по категориям", 12);
            List<List<String>> rows = new ArrayList<>(p.categories().stream()
                    .map(category -> List.of(category.category(), String.valueOf(category.count()))).toList());
            rows.add(List.of("Всего (мероприятий: " + p.events() + ")", String.valueOf(p.total())));
            table(List.of("Категория", "Число участников"), rows);
        }
        if (!doc.outputs().dissemination().isEmpty()) {
            heading("Трансляция опыта", 12);
            for (var level : doc.outputs().dissemination()) {
                labelled(level.level(), "");
                table(List.of("Форма", "Тема", "Мероприятие, место, выходные данные", "Выступающие, авторы", "Дата"),
                        level.entries().stream().map(row -> List.of(row.form(), row.topic(), row.where(),
                                row.speakers(), row.date())).toList());
            }
        }
        if (!doc.outputs().contests().isEmpty()) {
            heading("Конкурсы и награды", 12);
            table(List.of("Конкурс, олимпиада, награда", "Уровень", "Участник", "Результат", "Дата"),
                    doc.outputs().contests().stream().map(row -> List.of(row.contest(), row.level(), row.participant(),
                            row.result(), row.date())).toList());
        }
        if (!doc.outputs().products().isEmpty()) {
            heading("Продукты проекта", 12);
            table(List.of("Продукт", "Вид", "Задача, мероприятие", "Где найти"), doc.outputs().products().stream()
                    .map(row -> List.of(row.title(), row.kind(), row.source(), row.reference())).toList());
        }
        if (!doc.indicators().isEmpty()) {
            heading("Показатели: целевые и достигнутые значения", 12);
            table(List.of("Показатель", "Ед.", "Базовое", "Целевое", "Достигнутое", "Период", "% пути к цели"),
                    doc.indicators().stream().map(row -> List.of(row.name(), row.unit() == null ? ReportDocument.NOTHING : row.unit(), number(row.baseline()),
                            number(row.target()), number(row.actual()),
                            row.actualPeriod() == null ? ReportDocument.NOTHING : row.actualPeriod(),
                            row.share() == null ? ReportDocument.NOTHING : row.share().toPlainString())).toList());
        }
        running(doc.running());
        if (doc.narrative() != null) {
            heading("Аналитическая справка образовательной организации", 12);
            doc.narrative().lines().forEach(this::paragraph);
        }
        if (!doc.attachments().isEmpty()) {
            heading("Приложения", 12);
            table(List.of("№", "Приложение", "Файл", "Размер"), doc.attachments().stream()
                    .map(row -> List.of(String.valueOf(row.number()), row.appendix(), row.fileName(), row.size()))
                    .toList());
        }
        if (doc.conclusion() != null) {
            var c = doc.conclusion();
            heading("3. Заключение научного консультанта", 14);
            paragraph((c.institute() == null ? "" : c.institute() + ", ") + c.date()
                    + (c.decision() == null ? "" : ": отчёт " + c.decision()));
            c.text().lines().forEach(this::paragraph);
        }
    }

    /** The running project's participants, resources and risks, each table only when something was recorded. */
    private void running(ReportDocument.RunningProject running) {
        if (!running.participantsByCategory().isEmpty()) {
            heading("Участники проекта по категориям", 12);
            table(List.of("Период", "Категория", "Число участников"), running.participantsByCategory().stream()
                    .map(row -> List.of(row.period(), row.category(), String.valueOf(row.count()))).toList());
        }
        if (!running.organizations().isEmpty()) {
            heading("Организации-участники проекта", 12);
            table(List.of("Организации", "Роль в проекте", "Число", "Состав"), running.organizations().stream()
                    .map(row -> List.of(row.organizations(), row.role(), row.count(), row.composition())).toList());
        }
        if (!running.subProjects().isEmpty()) {
            heading("Подпроекты участников сетевого проекта", 12);
            table(List.of("Организация", "Подпроект", "Руководитель", "Мероприятия подпроекта"),
                    running.subProjects().stream().map(row -> List.of(row.organization(), row.title(), row.leader(),
                            row.activities())).toList());
        }
        if (!running.team().isEmpty()) {
            heading("Команда проекта", 12);
            table(List.of("ФИО", "Должность", "Роль в проекте", "Квалификационная категория", "Опыт по теме"),
                    running.team().stream().map(row -> List.of(row.fullName(), row.position(), row.role(),
                            row.qualificationCategory(), row.experience())).toList());
        }
        if (!running.resources().isEmpty()) {
            heading("Ресурсное обеспечение", 12);
            table(List.of("Вид ресурсов", "Наименование", "Описание"), running.resources().stream()
                    .map(row -> List.of(row.kind(), row.title(), row.description())).toList());
        }
        if (!running.risks().isEmpty()) {
            heading("Риски и их мониторинг", 12);
            table(List.of("Риск", "Способы преодоления", "Состояние", "Что сделано"), running.risks().stream()
                    .map(row -> List.of(row.risk(), row.mitigation(), row.state(), row.actionsTaken())).toList());
        }
    }

    private void titlePage(TitlePage title) {
        if (title.draft()) {
            centred("ПРОЕКТ", 12, true);
        }
        centred(title.heading(), 16, true);
        centred(title.level(), 12, false);
        centred(title.site(), 12, true);
        if (title.statusOrder() != null) {
            centred(title.statusOrder(), 12, false);
        }
        centred("за отчётный период " + title.periodLabel() + " (" + title.periodDates() + ")", 12, false);
        docx.createParagraph().setPageBreak(true);
    }

    private void centred(String text, int size, boolean bold) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, size, bold);
    }

    private void heading(String text, int size) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setSpacingBefore(200);
        run(paragraph, text, size, true);
    }

    private void labelled(String label, String text) {
        XWPFParagraph paragraph = docx.createParagraph();
        run(paragraph, label, 12, true);
        if (!text.isEmpty()) {
            run(paragraph, text, 12, false);
        }
    }

    private void paragraph(String text) {
        run(docx.createParagraph(), text, 12, false);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return run;
    }

    private void table(List<String> header, List<List<String>> rows) {
        XWPFTable table = docx.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < header.size(); c++) {
                XWPFParagraph cell = row.getCell(c).getParagraphs().get(0);
                run(cell, all.get(r).get(c), 10, r == 0);
            }
        }
    }

    private static String number(BigDecimal value) {
        // As written: 12.50 stays 12.50.
        return value == null ? ReportDocument.NOTHING : value.toPlainString();
    }
}
