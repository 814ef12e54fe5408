"""Sixty-fifth phrasing set (parents, students and workers a year or two into life in China,
asking relaxed practical follow-ups), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SIXTYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "ok so my kid has a fever, which card do i actually hand over at the hospital "
     "registration desk", "task:hospital"),
    ("en", "task", "been paying cash at the hospital for a year lol, which card am i supposed to "
     "pay with there", "task:hospital"),
    ("en", "task", "which card works at the pharmacy when i pick up cold medicine",
     "task:pharmacy"),
    ("en", "task", "my wife buys her meds at the drugstore downstairs, which card should she be "
     "using for that", "task:pharmacy"),
    ("en", "task", "got a big hospital bill last month, which card do i need to get some of it "
     "reimbursed", "task:reimburse"),
    ("en", "task", "how do i claim back medical expenses? like what card do they want to see",
     "task:reimburse"),
    ("en", "task", "where can i look at my own medical records, is there a card for that",
     "task:healthfile"),
    ("en", "task", "my daughter's checkup history - which card lets me look up her health file",
     "task:healthfile"),
    ("en", "task", "i want to do my medical insurance stuff on my phone instead of queuing, what "
     "do i need", "task:online"),
    ("en", "task", "is there something i can use to handle medical insurance business online",
     "task:online"),
    ("en", "task", "my company says i'm paying into a pension here, when i retire which card do i "
     "use to collect it", "task:pension"),
    ("en", "task", "how would i draw my pension later on, what card is that tied to",
     "task:pension"),
    ("en", "task", "contract ended last month and i'm between jobs, which card do i need for "
     "unemployment benefits", "task:unemployment"),
    ("en", "task", "if i get laid off what card do i bring to apply for unemployment money",
     "task:unemployment"),
    ("en", "task", "hurt my back at the factory last week, which card is for work injury benefits",
     "task:injury"),
    ("en", "task", "how do i get any of these cards? just want the whole getting-a-card rundown",
     "tasks:getcard"),
    ("en", "task", "how can i check whether my employer has actually been paying my social "
     "insurance", "task:contributions"),
    ("en", "task", "want to see how much has gone into my pension and medical accounts so far, "
     "where do i check", "task:contributions"),
    ("en", "task", "which card can i tap on the subway? a friend said one of them works",
     "task:transport"),
    ("en", "task", "can any of these cards be used on the bus, tired of topping up my transport "
     "card", "task:transport"),
    ("en", "task", "my son wants to use the public reading room, is there a card for local "
     "public services like that", "task:services"),
    ("en", "task", "everyday life stuff like getting around and proving who i am, which card "
     "covers what", "tasks:life"),
    ("en", "task", "besides my passport, which of these cards can prove who i am",
     "task:identity"),
    ("en", "task", "how do i get a social security card, hr just said 'go apply' and nothing else",
     "task:getsocial"),
    ("en", "task", "i already have the physical social security card, how do i get the "
     "electronic one on my phone", "task:getesocial"),
    ("en", "task", "how do i get the electronic medical insurance certificate, do i need to be "
     "in medical insurance first", "task:getemedical"),
    ("en", "task", "who can apply for a citizen card and how do you go about it",
     "task:getcitizen"),
    ("en", "task", "doctors, meds, hospital bills - just give me the overview of which card does "
     "what", "tasks:care"),
    ("en", "task", "which cards deal with the money side, pension, unemployment, that kind of "
     "thing", "tasks:money"),
    ("en", "task", "can you show me everything, like which card to use depending on what i need "
     "to do", "tasks"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "electronic social", "card:esocial"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "laws", "law"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "pharmac", "task:pharmacy"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "lost my social security card on the metro yesterday, how do i get a "
     "replacement", "none"),
    ("en", "oos", "how long does it usually take for the card to arrive after you apply",
     "none"),
    ("en", "oos", "is there a fee to make the social security card or is it free", "none"),
    ("en", "oos", "forgot the pin for my card, what now", "none"),
    ("en", "oos", "my card expires next month, how do i renew it", "none"),
    ("en", "oos", "how much does my employer have to pay in social insurance each month, like "
     "what percentage", "none"),
    ("en", "oos", "do they do the citizen card differently in shanghai compared to hangzhou",
     "none"),
    ("en", "oos", "as a foreigner can i get my pension contributions back when i leave china",
     "none"),
    ("en", "oos", "what about the housing fund, how do i check mine", "none"),
    ("en", "oos", "can my parents who are visiting from abroad use my card at the hospital",
     "none"),
    ("en", "oos", "how much will medical insurance pay for a dental filling", "none"),
    ("en", "oos", "can i link my social security card to alipay or wechat pay", "none"),
    ("en", "oos", "what time does the social security bureau open on saturdays", "none"),
    ("en", "oos", "can i change the photo on my card, it's awful", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "so who actually issues the social security card, the bank or the government?",
     "card:social:issuer"),
    ("en", "card", "is the electronic social security card just an app thing or is there a "
     "physical version too", "card:esocial:form"),
    ("en", "card", "how safe is the old medical insurance card, could someone copy it",
     "card:medical:security"),
    ("en", "card", "what does the electronic medical insurance certificate actually do for me",
     "card:emedical:function"),
    ("en", "card", "who manages the health card, the hospital or some government department",
     "card:health:manager"),
    ("en", "card", "what exactly is a citizen card? my neighbor keeps mentioning it",
     "card:citizen"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "can you compare the social security card and the citizen card point by "
     "point", "cmp:social:citizen"),
    ("en", "compare", "old medical insurance card vs health card, which one does what",
     "cmp:medical:health"),
    ("en", "compare", "social security card or electronic medical insurance certificate, how do "
     "they differ", "cmp:social:emedical"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "wait so is the health card a kind of social security card or not",
     ("cmp:social:health", "faq:1")),
    ("en", "faq", "what types of social insurance are there here? pension, medical... what else",
     "faq:6"),
    ("en", "faq", "my boss hired me two months ago and still hasn't registered me for social "
     "insurance, isn't there a deadline", ("faq:9", "law:sil-58")),
    ("en", "faq", "what's my social security number, is it different from my id number",
     "faq:10"),
    ("en", "faq", "are there different types of social security card, like one for people and "
     "one for companies", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what's article 3 of the social insurance law about, some principles or "
     "something?", "law:sil-3"),
    ("en", "law", "which article of the social security card measures says the card has to work "
     "all over the country", "law:ssc-4"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey there", "greeting"),
    ("en", "greeting", "thanks, that cleared it up", "greeting"),
    ("en", "greeting", "ok bye for now", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "mi hijo tiene fiebre, qué tarjeta llevo al hospital para sacar número?",
     "task:hospital"),
    ("es", "task", "para pagar la consulta en el hospital cuál tarjeta uso? siempre pago con "
     "wechat jaja", "task:hospital"),
    ("es", "task", "qué tarjeta sirve en la farmacia para comprar medicinas", "task:pharmacy"),
    ("es", "task", "oye y en la farmacia de la esquina puedo pagar las pastillas con alguna "
     "tarjeta del seguro?", "task:pharmacy"),
    ("es", "task", "tuve una operación el mes pasado, con qué tarjeta pido el reembolso de los "
     "gastos médicos", "task:reimburse"),
    ("es", "task", "cómo recupero parte de lo que pagué en el hospital, qué tarjeta me piden",
     "task:reimburse"),
    ("es", "task", "quiero ver mi historial médico, hay alguna tarjeta para consultar eso",
     "task:healthfile"),
    ("es", "task", "dónde puedo revisar el expediente de salud de mi hija", "task:healthfile"),
    ("es", "task", "quiero hacer los trámites del seguro médico por internet sin ir a la "
     "oficina, qué necesito", "task:online"),
    ("es", "task", "con qué hago gestiones del seguro médico en línea desde el móvil",
     "task:online"),
    ("es", "task", "cuando me jubile, con qué tarjeta cobro la pensión", "task:pension"),
    ("es", "task", "mi suegra cobra pensión aquí, qué tarjeta usa para recibirla",
     "task:pension"),
    ("es", "task", "me quedé sin trabajo, qué tarjeta necesito para pedir el subsidio de "
     "desempleo", "task:unemployment"),
    ("es", "task", "para la vida diaria, transporte, servicios, identificarme... qué tarjeta uso "
     "en cada caso", "tasks:life"),
    ("es", "task", "me lastimé la mano en el trabajo, con qué tarjeta tramito lo del accidente "
     "laboral", "task:injury"),
    ("es", "task", "mi marido tuvo un accidente en la obra, qué tarjeta sirve para las "
     "prestaciones por lesión laboral", "task:injury"),
    ("es", "task", "cómo compruebo si mi empresa de verdad está pagando mi seguro social",
     "task:contributions"),
    ("es", "task", "quiero consultar cuánto llevo cotizado en pensión y seguro médico",
     "task:contributions"),
    ("es", "task", "hay alguna tarjeta que sirva para el metro? me dijeron que sí",
     "task:transport"),
    ("es", "task", "puedo usar alguna de estas tarjetas en el autobús", "task:transport"),
    ("es", "task", "hay tarjeta para usar la sala de lectura pública del barrio",
     "task:services"),
    ("es", "task", "cómo se consigue cada una de las tarjetas? quiero ver los trámites de todas",
     "tasks:getcard"),
    ("es", "task", "qué tarjeta me sirve para demostrar mi identidad aparte del pasaporte",
     "task:identity"),
    ("es", "task", "cómo saco la tarjeta de seguridad social? en recursos humanos no me "
     "explicaron nada", "task:getsocial"),
    ("es", "task", "ya tengo la tarjeta física, cómo consigo la versión electrónica de la "
     "tarjeta de seguridad social", "task:getesocial"),
    ("es", "task", "cómo obtengo el certificado electrónico del seguro médico en el móvil",
     "task:getemedical"),
    ("es", "task", "quién puede sacar la tarjeta ciudadana y cómo se hace", "task:getcitizen"),
    ("es", "task", "todo lo de médicos y medicinas, qué tarjeta para qué, resumido porfa",
     "tasks:care"),
    ("es", "task", "la parte del dinero: pensión, paro, accidentes... qué tarjeta va con cada "
     "cosa", "tasks:money"),
    ("es", "task", "guía completa de qué tarjeta usar según lo que tenga que hacer", "tasks"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "las tarjetas", "cards"),
    ("es", "short", "historial médico", "task:healthfile"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta de seguridad social, cómo pido un duplicado", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta después de solicitarla", "none"),
    ("es", "oos", "cuánto cuesta hacerse la tarjeta", "none"),
    ("es", "oos", "no me acuerdo del PIN de la tarjeta, qué hago", "none"),
    ("es", "oos", "mi tarjeta caduca pronto, cómo la renuevo", "none"),
    ("es", "oos", "qué porcentaje del sueldo me descuentan para el seguro social", "none"),
    ("es", "oos", "en Shenzhen la tarjeta ciudadana funciona igual que en Hangzhou?", "none"),
    ("es", "oos", "los extranjeros podemos recuperar lo cotizado al irnos de China?", "none"),
    ("es", "oos", "y el fondo de vivienda cómo lo consulto", "none"),
    ("es", "oos", "cuánto me devuelve el seguro por una limpieza dental", "none"),
    ("es", "oos", "puedo vincular la tarjeta a alipay", "none"),
    ("es", "oos", "se puede cambiar la foto de la tarjeta? salgo fatal", "none"),
    ("es", "oos", "a qué hora abre la oficina de seguridad social", "none"),
    ("es", "oos", "mi hijo entra a la universidad aquí, cuánto paga de seguro médico "
     "estudiantil", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "quién gestiona la tarjeta de seguridad social? el ministerio o la ciudad",
     "card:social:manager"),
    ("es", "card", "qué información registra la tarjeta sanitaria", "card:health:records"),
    ("es", "card", "la tarjeta electrónica de seguridad social quién la emite",
     "card:esocial:issuer"),
    ("es", "card", "el certificado electrónico de seguro médico vale en todo el país o solo en "
     "mi ciudad", "card:emedical:scope"),
    ("es", "card", "para qué servía la antigua tarjeta del seguro médico",
     "card:medical:function"),
    ("es", "card", "explícame bien qué es eso de la tarjeta ciudadana", "card:citizen"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "compárame la tarjeta de seguridad social con la tarjeta sanitaria",
     "cmp:social:health"),
    ("es", "compare", "diferencias entre la tarjeta ciudadana y la tarjeta sanitaria",
     "cmp:health:citizen"),
    ("es", "compare", "tarjeta de seguridad social física vs la electrónica, en qué se "
     "diferencian", "cmp:social:esocial"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta de seguridad social y la del seguro médico son lo mismo?",
     ("cmp:social:medical", "faq:2")),
    ("es", "faq", "la tarjeta de recursos humanos y seguridad social cuenta como tarjeta de "
     "seguridad social?", "faq:4"),
    ("es", "faq", "el certificado electrónico del seguro médico y la tarjeta electrónica de "
     "seguridad social son la misma cosa?", ("cmp:esocial:emedical", "faq:5")),
    ("es", "faq", "qué registra la tarjeta de seguridad social y qué puedo hacer con ella",
     "faq:7"),
    ("es", "faq", "la tarjeta ciudadana y la de seguridad social son la misma?",
     ("cmp:social:citizen", "faq:3")),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 74 de la ley del seguro social", "law:sil-74"),
    ("es", "law", "el artículo 3 de las medidas sobre tarjetas de seguridad social de qué trata",
     "law:ssc-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias, me ayudó un montón", "greeting"),
    ("es", "greeting", "vale, chao", "greeting"),
)
