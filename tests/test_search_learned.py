"""The learned reading: trained on the tuned part only, used where its fitted trust prefers it,
never hiding results from a short query."""

from __future__ import annotations

from bot.search import ANSWER, NOT_COVERED, Hit, Reply, understand
from bot.search.as_you_type import understand_with
from bot.search.learned import Model, Reading, model, overrule, stored
from bot.search.scope_cost import answered, cost
from bot.search.training import FoldReadings, Tuned, fingerprint, fit_trust, train, tuned_phrasings
from bot.search.trust import Trust, signals


def test_the_shipped_model_was_trained_on_exactly_the_tuned_part() -> None:
    """Retrain (`cardbot search-model train`) whenever a phrasing set changes; a held-out
    phrasing among the training texts would change the hash."""
    assert model().trained_on == fingerprint([text for text, _label in tuned_phrasings()])


def test_questions_in_words_no_rule_foresaw_reach_their_screen() -> None:
    # Written for this test, in no phrasing set; the rules alone read the first as getting a
    # card (its first wording, "i get pen shun money monthly, which card shows it", read right
    # until the sets 179-192 were trained on: the model still reads the pension, by less than it
    # must to overrule a "Did you mean"). The second the rules read right; the model must not
    # undo it.
    text = "my pen shun money comes every month, what card do i need to get it"
    assert understand(text).node == "task:pension"
    assert understand("which card do I use as ID when I do medical insurance stuff on my phone")\
        .node == "task:online"  # fmt: skip


def test_a_short_query_is_never_made_not_covered() -> None:
    text = "how long does it take to get one"
    reading, trust = model().read(text), model().trust
    assert reading is not None and reading.label == "none" and trust is not None
    found = Reply(ANSWER, (Hit("card:social", 80.0, "en"),))
    assert trust.trusts(signals(found, reading, text, short=False))
    assert overrule(found, text, short=True) == found
    assert overrule(found, text, short=False).kind == NOT_COVERED
    assert overrule(found, text, short=False).hits == found.hits  # kept as the closest topics


def test_an_unsure_model_leaves_the_rules_reply() -> None:
    text = "what does the electronic medical insurance certificate look like on the phone"
    reading, trust = model().read(text), model().trust
    assert reading is not None and reading.label != "card:emedical:form" and trust is not None
    found = Reply(ANSWER, (Hit("card:emedical:form", 80.0, "en"),))
    assert not trust.trusts(signals(found, reading, text, short=False))
    assert overrule(found, text, short=False) == found


def test_the_shipped_trust_weighs_every_signal() -> None:
    """A change to what the trust weighs (bot/search/trust.py) needs a retrained model."""
    text = "which card for the subway"
    reading, trust = model().read(text), model().trust
    assert reading is not None and trust is not None
    assert len(trust.weights) == len(signals(Reply(NOT_COVERED), reading, text, short=False))


def test_a_model_without_a_trust_only_reads() -> None:
    phrasings = [(f"{start} {word}", label) for word, label in
                 (("hospital", "task:hospital"), ("clinic", "task:hospital"),
                  ("bus", "task:transport"), ("subway", "task:transport"))
                 for start in ("which card for the", "card to use at the")]  # fmt: skip
    reader = Model(train(phrasings))
    found = Reply(ANSWER, (Hit("task:hospital", 80.0, "en"),))
    reading = reader.read("which card for the subway")
    assert reader.trust is None and reading is not None and reading.label == "task:transport"
    assert overrule(found, "which card for the subway", short=False, reader=reader) == found


def test_a_text_with_no_known_feature_is_left_alone() -> None:
    assert model().read("") is None
    assert model().read("ᚠᚢᚦ") is None


def test_training_fits_a_model_the_bot_reads() -> None:
    # A feature counts only when two phrasings have it, as in the real training.
    phrasings = [
        *((f"{start} {place}", "task:hospital") for place in ("hospital", "clinic")
          for start in ("which card for the", "card to use at the")),
        *((f"{start} {place}", "task:transport") for place in ("bus", "subway")
          for start in ("which card for the", "card to use on the")),
    ]
    fitted = Model(train(phrasings))
    assert fitted.labels == ["task:hospital", "task:transport"]
    reading = fitted.read("which card for the subway")
    assert reading is not None and reading.label == "task:transport"
    # Measured against the rules' reading; a label the model never saw, as its least likely.
    lead = reading.scores["task:transport"] - reading.scores["task:hospital"]
    assert reading.lead_over("task:hospital") == reading.lead_over("law:ssc-1") == lead > 0


def test_retraining_reproduces_the_shipped_model() -> None:
    """A change to how the search reads words (spelling, shorthand, stems) changes the model's
    features: retrain then. Allows for the last digits of floating point on other machines."""
    shipped = stored()
    fitted = train(tuned_phrasings())
    assert fitted["labels"] == shipped["labels"]
    features, shipped_features = set(fitted["features"]), set(shipped["features"])
    assert len(features ^ shipped_features) <= len(shipped_features) // 1000
    for feature in features & shipped_features:
        idf, labels, weights = fitted["features"][feature]
        shipped_idf, shipped_labels, shipped_weights = shipped["features"][feature]
        assert abs(idf - shipped_idf) < 1e-3
        mine = dict(zip(labels, weights, strict=True))
        theirs = dict(zip(shipped_labels, shipped_weights, strict=True))
        for label in mine.keys() | theirs.keys():
            assert abs(mine.get(label, 0.0) - theirs.get(label, 0.0)) < 0.06, (feature, label)


def test_cross_validation_reads_as_the_bot_does_with_the_shipped_model() -> None:
    """`cardbot search-model crossval` reads through `understand_with`: with the shipped model
    it must give the bot's own replies, or its figures would measure another bot."""
    for text in ("which card do i bring to the hospital", "hola", "subw", "I lost my card",
                 "¿la tarjeta de seguridad social sirve en otra provincia?", "xyzzy"):
        assert understand_with(model(), text) == understand(text), text


def test_the_trust_learns_where_the_model_is_the_likelier_right() -> None:
    """Fitted on disagreements: here the model is right when it leads by much, the rules when
    it leads by little; the fitted trust must follow the model only in the first case."""
    rules = Reply(ANSWER, (Hit("card:social", 80.0, "en"),))
    rows, replies = [], []
    readings: list[Reading | None] = []
    for i in range(40):
        lead = 2.0 if i % 2 else 0.1
        text = f"which card at the hospital {i}"
        rows.append(Tuned(i, "task", text, ("task:hospital",) if lead > 1 else ("card:social",)))
        replies.append((rules, text, False))
        readings.append(Reading("task:hospital", {"task:hospital": lead, "card:social": 0.0}))
    fitted = fit_trust(rows, FoldReadings([], replies, readings))
    trust = Trust(tuple(fitted["weights"]), fitted["bias"])
    for lead, follows in ((2.0, True), (0.1, False)):
        reading = Reading("task:hospital", {"task:hospital": lead, "card:social": 0.0})
        text = "which card at the hospital"
        assert trust.trusts(signals(rules, reading, text, short=False)) is follows


def test_the_scope_cost_turns_the_likeliest_out_of_scope_answers_first() -> None:
    """`crossval`'s figure for the out-of-scope target: where "not covered" lies close to the
    screen answered the question is out of scope; the gate must catch those first and count the
    right answers it would lose."""
    reply = Reply(ANSWER, (Hit("task:hospital", 80.0, "en"),))
    entries = []
    for i in range(400):
        out = i % 10 == 0
        scores = {"task:hospital": 1.0, "none": 0.9 if out else -1.0, "card:social": 0.0}
        row = Tuned(i // 10, "oos" if out else "task", f"hospital {i}", ("task:hospital",))
        entry = answered(row, reply, Reading("task:hospital", scores), row.text, False, not out)
        assert entry is not None
        entries.append(entry)
    lines = cost(entries)
    assert lines[0].startswith("out of scope answered confidently: 40 of 400 answers")
    assert lines[1].split() == ["turn", "50:", "catch", "40,", "lose", "10", "right", "answers"]
