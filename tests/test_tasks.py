"""The task guide: tasks rest on tagged facts, every use of a card answers a task; the screens."""

from __future__ import annotations

from dataclasses import replace

from bot import knowledge
from bot.i18n import use_locale
from bot.knowledge.integrity import Data, problems
from bot.knowledge.model import Task, frozen_map
from bot.screens import render


def _nodes(node: str) -> list[str]:
    screen = render(node)
    assert screen is not None, node
    return [str(b.callback_data) for row in screen.rows for b in row]


def test_every_task_rests_on_a_fact_and_every_use_answers_a_task() -> None:
    assert problems() == []
    for task in knowledge.TASKS.values():
        assert knowledge.serving(task.id), task.id
    for card in knowledge.CARDS.values():
        for point in ("function", "scope"):
            for fact in card.points.get(point, ()):
                explained = any(
                    fact in (*(m.reason for m in t.mistaken), *t.city_notes)
                    for t in knowledge.TASKS.values()
                )
                where = point == "scope" and bool(fact.articles)  # "throughout the country"
                assert fact.tasks or explained or where, (card.id, fact.text)


def test_the_check_catches_a_task_without_facts_and_an_untagged_use() -> None:
    lonely = Task("lonely", "care", "A task nobody answers")
    data = Data(tasks=frozen_map({**knowledge.TASKS, "lonely": lonely}))
    assert "task lonely: no fact of any card answers it" in problems(data)

    citizen = knowledge.CARDS["citizen"]
    scope = tuple(replace(fact, tasks=()) for fact in citizen.points["scope"])
    untagged = replace(citizen, points=frozen_map({**citizen.points, "scope": scope}))
    data = Data(cards=frozen_map({**knowledge.CARDS, "citizen": untagged}))
    assert any("a use that answers no task" in p for p in problems(data))


def test_the_sources_answer_the_questions_people_ask() -> None:
    served = {task: [card.id for card, _f in knowledge.serving(task)] for task in knowledge.TASKS}
    assert served["transport"] == ["citizen"]
    assert served["online"] == ["emedical"]
    assert served["hospital"] == ["social", "health", "citizen"]
    assert served["pharmacy"] == ["social", "citizen"]
    assert served["getesocial"] == ["esocial"]
    assert "transport" in [t.id for t in knowledge.tasks_of("citizen")]


def test_a_task_is_two_taps_from_the_guide_and_home_leads_there() -> None:
    with use_locale("en"):
        assert "g:tasks" in _nodes("home")
        groups = [n for n in _nodes("tasks") if n.startswith("g:tasks:")]
        assert len(groups) == len(knowledge.TASK_GROUPS)
        reached = {n for g in groups for n in _nodes(g[2:]) if n.startswith("g:task:")}
        assert reached == {f"g:task:{t}" for t in knowledge.TASKS}


def _every_page(node: str) -> str:
    """The text of all of a screen's pages (a phone screen shows one at a time)."""
    texts, page = [], 1
    while (screen := render(f"{node}@{page}")) is not None:
        texts.append(screen.text)
        page += 1
    return "\n\n".join(texts)


def test_the_task_screen_names_the_card_the_one_people_mistake_and_the_city() -> None:
    with use_locale("en"):
        text = _every_page("task:transport")
        assert "Citizen card" in text and "buses and the subway" in text
        assert "Not this one: Social security card" in text
        assert "It depends on the city" in text
        assert "g:card:citizen" in _nodes("task:transport")
        assert "g:cmp:citizen:social" in _nodes("task:transport")
    with use_locale("es"):
        screen = render("task:transport")
        assert screen is not None and "Tarjeta ciudadana" in screen.text


def test_every_profile_says_what_you_can_do_with_the_card() -> None:
    with use_locale("en"):
        for card_id in knowledge.CARDS:
            assert f"g:does:{card_id}" in _nodes(f"card:{card_id}")
        assert "g:task:transport" in _nodes("does:citizen")
        medical = render("does:medical")
        assert medical is not None and "name no task" in medical.text


def test_a_single_point_of_a_card() -> None:
    with use_locale("en"):
        legal = render("card:social:legal")
        assert legal is not None and "Social Insurance Law" in legal.text
        silent = render("card:citizen:legal")
        assert silent is not None and "The sources say nothing about this." in silent.text
        assert render("card:citizen:nothing") is None
        assert render("task:nothing") is None and render("tasks:nothing") is None
