"""Search: what the words beside a need change, and what they leave alone (phrasings of their
own, none from the phrasing sets)."""

from __future__ import annotations

import pytest

from bot.search import ANSWER, GREETING, NOT_COVERED, THANKS, understand


@pytest.mark.parametrize(
    ("text", "node"),
    [
        # Two tasks of one topic and cards in the plural: the topic.
        ("what cards do I need for the doctor and for medicine?", "tasks:care"),
        # People beside a comparison only say whose cards they are.
        ("citizen card vs health card for my children", "cmp:health:citizen"),
        # The guide asked for by what each card is for; contributions in shorthand.
        ("which card is for what?", "tasks"),
        ("contribs", "task:contributions"),
        # A passport left at the visa office is why another proof is wanted.
        ("my passport is at the visa office this week, what else proves who I am?",
         "task:identity"),
        # An app named beside one of the cards for a task: the task.
        ("can I pay at the pharmacy with one of these cards or only with alipay?", "task:pharmacy"),
        ("can I pay at the pharmacy with alipay?", "task:pharmacy"),
        # How to get a named card, for a son or in a city: the getting task.
        ("my son just got his first job in Hangzhou, how does he apply for a social security card?",
         "task:getsocial"),
        ("how do we get cards for my husband and the kids?", "tasks:getcard"),
        # The card named after "get" is the one asked for, whatever else is named.
        ("how do I get the electronic social security card? do I need the medical insurance card "
         "too?", "task:getesocial"),
        ("¿cómo saco el certificado electrónico de seguro médico? ¿hace falta la tarjeta de "
         "seguridad social?", "task:getemedical"),
        # "get … reimbursed" obtains no card.
        ("my clinic bills get reimbursed through the social security card, right?",
         "task:reimburse"),
        # The guide to getting cards.
        ("I need the guide to getting each card, where do I start?", "tasks:getcard"),
        # Stems that once read as something else: "dan" (they give) is no damage.
        ("¿cómo pido la tarjeta ciudadana? ¿me la dan si vivo aquí?", "task:getcitizen"),
        ("¿con qué tarjeta voy a cobrar mi pensión?", "task:pension"),
        # The cards' Chinese names, and words of other Englishes.
        ("社保卡", "card:social"),
        ("市民卡和社保卡有什么区别", "cmp:social:citizen"),
        ("去医院用哪张卡", "task:hospital"),
        ("how do I get my bills 报销'd, which card?", "task:reimburse"),
        ("I've been made redundant, which card for the dole?", "task:unemployment"),
        ("¿las dos tarjetas electrónicas son lo mismo?", "faq:5"),
        # "electronic" after one name begins the next one.
        ("social security card vs electronic medical insurance certificate", "cmp:social:emedical"),
        ("health car", "card:health"),
        # A word split by a stray space, and "health care" left as two words.
        ("tarjeta seguridad so cial", "card:social"),
        ("what health care stuff can these cards do?", "tasks:care"),
        # Pinyin names; the article that says "one card, many purposes" by what it says.
        ("dianzi shebaoka", "card:esocial"),
        ("yiyuan qué tarjeta", "task:hospital"),
        ("which article says the card is one card for multiple purposes?", "law:ssc-4"),
        ("¿qué norma dice quién gestiona la emisión de las tarjetas?", "law:ssc-3"),
        # The difference between two cards is their comparison; their form, asked in Spanish.
        ("what's the difference between the citizen card and the social security card?",
         "cmp:social:citizen"),
        ("¿la tarjeta de seguridad social es solo digital o también física?", "card:social:form"),
        ("is the social security card a real card or just an app?", "card:social:form"),
        ("la física y la electrónica de seguridad social, ¿qué diferencia hay?",
         "cmp:social:esocial"),
        # Cards described: the photo, the hospital's records, the bank, the phone.
        ("who manages the card with my photo on it?", "card:social:manager"),
        ("hospital records card", "card:health"),
        ("¿es segura la tarjeta vieja del banco?", "card:medical:security"),
        ("phone social security card", "card:esocial"),
        ("how do I activate the phone version of my social security card?", "task:getesocial"),
        # "Todo" gathers a topic only before what it gathers.
        ("pagué todo en la clínica, ¿con qué tarjeta me lo devuelven?", "task:reimburse"),
        # Maternity leave beside a task is when it is done.
        ("back from maternity leave, which card do I use at the pharmacy?", "task:pharmacy"),
        # The body that manages a card, asked with a word for a body.
        ("¿qué organismo gestiona la tarjeta sanitaria?", "card:health:manager"),
        ("which authority runs the electronic social security card?", "card:esocial:manager"),
        ("¿qué organismo emite la tarjeta ciudadana?", "card:citizen:issuer"),
        # What it is for, asked twice over: its function, not the list of tasks.
        ("¿para qué sirve la tarjeta de salud? o sea, ¿qué puedo hacer con ella?",
         "card:health:function"),
        # Of two cards, "on my phone" makes electronic only the one it follows.
        ("my old bank card vs the medical insurance code on my phone: what differs?",
         "cmp:medical:emedical"),
        ("la tarjeta vieja del seguro médico y el código del seguro médico en el celular, "
         "¿en qué se diferencian?", "cmp:medical:emedical"),
        # An electronic card's app beside its point is where the card is.
        ("the medical QR code in the app, what is it for?", "card:emedical:function"),
        # A story, then a request: the request decides.
        ("Our school nurse in Wuxi asked whether my son has one. Tell me about the health card.",
         "card:health"),
        ("I run a small blog for expats here. What kinds of social insurance are there?", "faq:6"),
        # Chinese task words in a Spanish or English question.
        ("¿cómo hago el 报销 de la farmacia?", "task:reimburse"),
        ("where can I read my 健康档案?", "task:healthfile"),
        # The overview of a topic asked for as "everything to do with" it.
        ("please show me everything to do with health care", "tasks:care"),
        # "How are they different", "qué cambia": their comparison; "the same or different":
        # their common question.
        ("the health card and the citizen card, how are they different?", "cmp:health:citizen"),
        ("tarjeta ciudadana vs tarjeta de salud, ¿qué cambia?", "cmp:health:citizen"),
        ("is the citizen card the same as the social security card or a different card?",
         "faq:3"),
        # What a card is for or where it is used, asked of "only" one task: the card's point.
        ("what is the health card for, only for the hospital?", "card:health:function"),
        ("¿dónde se puede usar la tarjeta ciudadana, aparte del autobús?", "card:citizen:scope"),
        # Getting a card, no card in particular: the guide to getting one.
        ("my dad has no card yet, which ones can he apply for?", "tasks:getcard"),
        ("¿cómo consigo una tarjeta?", "tasks:getcard"),
        # A card called a "thing", and "where's" read as "where is".
        ("is the medical insurance thing on my phone a real card?", "card:emedical:form"),
        # Laws in the plural, found only loosely in one article: the list of articles.
        ("which law articles does all of this rest on?", "law"),
        ("tengo prisa: ¿qué tarjeta sirve para qué?", "tasks"),
        # Who issues a card, asked with "emitir" or "expedir": the issuer, no getting.
        ("¿qué organismo emite la tarjeta de salud?", "card:health:issuer"),
        ("la tarjeta ciudadana, ¿quién la expide?", "card:citizen:issuer"),
        # What to do, about nothing else: the guide.
        ("just arrived in China and I'm lost, what do I need to do?", "tasks"),
        # "Gets me" the money back is no getting of the card named beside it.
        ("paid the dentist's bill myself, which card gets me that money back, the social one?",
         "task:reimburse"),
        # The articles by their short names; "¿para qué?" after a card.
        ("sil 74", "law:sil-74"),
        ("la tarjeta de salud, ¿para qué?", "card:health:function"),
        # A city named as where the asker lives, beside a task or a comparison.
        ("I live in Wuxi, which card lets me look up my health file?", "task:healthfile"),
        ("I'm in Dalian: health card vs citizen card, what's the difference?",
         "cmp:health:citizen"),
        # Two tasks of a topic with "same card for both": the topic.
        ("collect my pension and check what's been paid in, same card for both?", "tasks:money"),
        # A phrase is not found across a question word: "student, which card" is no student card.
        ("broke exchange student which card gets my doctor bills paid back?", "task:reimburse"),
        # A number taken back for another, a pause while thinking, an article by its ordinal.
        ("the social insurance law, article, um, 74, no wait, 75", "law:sil-75"),
        ("el artículo, eh, el segundo de la ley del seguro social", "law:sil-2"),
    ],
)
def test_the_need_is_answered(text: str, node: str) -> None:
    reply = understand(text)
    assert reply.kind == ANSWER and reply.hits[0].node == node, (text, reply)


@pytest.mark.parametrize(
    "text",
    [
        "¿cuánto cuesta una consulta en el hospital?",
        "¿cuánto sale hacer la tarjeta de salud?",
        "can my child get a social security card?",
        "can I add my husband as a dependent on my medical insurance?",
        "¿puedo poner a mi madre como beneficiaria de mi seguro médico?",
        "mi tarjeta de seguridad social está dañada",
        "how do I change the name on my citizen card?",
        "cuánto me devuelve el seguro por el dentista",
        "bueno cuanto me van a dar de jubilación al mes",
        # Free fares in a named city: the sources leave fares to each city.
        "do retired people ride the subway free in Hangzhou?",
        # Another card, private clinics, student insurance. ("is this clinic in Wuhan a designated
        # hospital for my insurance?" was here: since the sets 179-192 were trained on, the model
        # reads it as the hospital task, which says to use the card at designated hospitals; on
        # the tuned sets, each read by a model trained without it, its overruling of the rules'
        # gaps won 121 readings and lost 22, of "which places" 1 and 0.)
        "is my student card the same as the citizen card?",
        "can I use the card at private clinics?",
        "¿el seguro estudiantil sirve en el hospital?",
        "if I lose my job, does my medical insurance stay active?",
        "is there a hospital with English speaking doctors in Shanghai?",
        "will medical insurance pay for a wheelchair?",
        # A child paying with the asker's own card.
        "¿mi hija puede pagar el médico con mi propia tarjeta de salud?",
        # A discount or a top-up beside a task; a name misspelt on a card; one that will not read.
        "do students get a discount on the subway?",
        "¿dónde recargo la tarjeta del autobús?",
        "the name on my citizen card is misspelled, what do I do?",
        "the pharmacy machine won't read my social security card",
        # A foreigner asking whether he may get a card stays uncovered after a story.
        "I moved here from Peru last year. Can foreigners apply for the citizen card?",
        "where's the nearest social security office?",
        # The card in particular, not any card: what is asked of it is no getting.
        "face scan fails every time I activate the e-card",
        # A death, a retirement age, a deposit, one drug: what the sources leave out.
        "my grandfather passed away, what happens to his pension account?",
        "¿a qué edad se jubilan las mujeres aquí?",
        "does medical insurance cover imported cancer drugs?",
        "what happens to my medical insurance if I change jobs?",
        # Whether a named card works in a city, a half fare, a court case.
        "does the citizen card work on the buses in Nanjing?",
        "¿los jubilados pagan medio billete en el metro con la tarjeta ciudadana?",
        "my boss owes me social insurance, can I take him to court?",
        # Someone collecting a pension for the asker; a story after the question about it.
        "can my son collect my pension for me while I'm in hospital?",
        "how long does it take to get the citizen card? my SSN took two weeks back home",
    ],
)
def test_what_the_sources_do_not_say_is_not_covered(text: str) -> None:
    reply = understand(text)
    assert reply.kind == NOT_COVERED, (text, reply)


@pytest.mark.parametrize(
    "text",
    ["thanks! can I come back if I think of more questions?", "¿ya me puedo ir? chao y gracias"],
)
def test_thanks_beside_a_question_about_nothing_else_is_thanks(text: str) -> None:
    assert understand(text).kind == THANKS


def test_hello_beside_a_question_the_sources_leave_out_is_not_answered() -> None:
    # Not covered by the rules; small talk by the learned reading, as writers labelled a hello
    # beside an off-topic question (3 won, 0 lost in cross-validation): never a topic's screen.
    assert understand("hola, ¿qué tiempo hace mañana?").kind in (NOT_COVERED, GREETING)


@pytest.mark.parametrize(
    ("query", "node"),
    [("养老", "task:pension"), ("社保", "card:social"), ("身份证", "task:identity"),
     ("社保卡丢了", "gap:lost")],
)
def test_a_chinese_word_of_two_characters_is_searched_inline(query: str, node: str) -> None:
    from handlers.inline import nodes_for

    assert nodes_for(query)[0] == node
