package ru.edu.innovation.query.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class CardDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Labels LABELS = new Labels(Clock.system(ZoneId.of("Asia/Novokuznetsk")));

    @Test
    @DisplayName("a changed field is named in Russian with its old and new value, codes and dates made readable")
    void changedFields() throws Exception {
        JsonNode before = JSON.readTree("""
                {"version": 3, "status": "AT_MINISTRY", "level": "REGIONAL", "currentStage": 0,
                 "details": {"theme": "Тема", "period": {"from": "2023-01-01", "to": "2024-08-31"}}}""");
        JsonNode after = JSON.readTree("""
                {"version": 9, "status": "ACTIVE", "level": "REGIONAL", "currentStage": 1,
                 "statusOrder": {"orderNumber": "2469", "orderDate": "2022-09-30"},
                 "details": {"theme": "Тема", "period": {"from": "2023-01-01", "to": "2024-12-31"}}}""");

        CardDiff.Changes changes = CardDiff.between(before, after, LABELS);

        assertThat(changes.shown()).containsExactly(
                new CardDiff.Change("Статус", "На рассмотрении в министерстве", "Статус присвоен, проект идёт"),
                new CardDiff.Change("Текущий этап", "0", "1"),
                new CardDiff.Change("Сведения › Срок › по", "31.08.2024", "31.12.2024"),
                new CardDiff.Change("Приказ о статусе › Номер приказа", "", "2469"),
                new CardDiff.Change("Приказ о статусе › Дата приказа", "", "30.09.2022"));
        assertThat(changes.leftOut()).isZero();
    }

    @Test
    @DisplayName("a row that appears in a table of the card (an activity, an act) is one line named by its title")
    void newRows() throws Exception {
        JsonNode before = JSON.readTree("""
                {"activities": {}, "normativeActs": {}}""");
        JsonNode after = JSON.readTree("""
                {"activities": {"a-1": {"activityId": "a-1", "plan": {"taskNumber": 2, "title": "Конференция",
                                          "deadline": "2023-03-31"}, "held": []}},
                 "normativeActs": {"n-1": {"kind": "ORDER", "number": "15", "date": "2023-01-10", "title": "О сети"}}}""");

        CardDiff.Changes changes = CardDiff.between(before, after, LABELS);

        assertThat(changes.shown()).containsExactly(
                new CardDiff.Change("Мероприятия › «Конференция»", "",
                        "План: (Задача №: 2; Название: Конференция; Срок: 31.03.2023)"),
                new CardDiff.Change("Нормативные акты › «О сети»", "",
                        "Вид: приказ; Номер: 15; Дата: 10.01.2023; Название: О сети"));
        assertThat(changes.shown().get(0).added()).isTrue();
    }

    @Test
    @DisplayName("the same card twice has no changes; a project that did not exist yet shows every field as added")
    void noneAndAll() throws Exception {
        JsonNode card = JSON.readTree("""
                {"status": "DRAFT", "details": {"theme": "Тема"}}""");

        assertThat(CardDiff.between(card, card, LABELS).none()).isTrue();
        assertThat(CardDiff.between(null, card, LABELS).shown()).containsExactly(
                new CardDiff.Change("Статус", "", "Черновик"),
                new CardDiff.Change("Сведения › Тема", "", "Тема"));
    }
}
