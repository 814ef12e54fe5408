"""Seventy-first phrasing set (elderly people and adult children asking on behalf of retired
parents or grandparents), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SEVENTYFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "my mother is 78 and has a hospital appointment next week, which of her cards should "
            "she bring along"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "what card does grandpa need to register and pay at the hospital counter",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "I'm taking my dad to the chemist for his blood pressure pills, which card do we pay "
            "with"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "can my mum get her medicines at the drugstore on one of the insurance cards or do we "
            "have to pay cash"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "my father paid the whole hospital bill himself, how does he get the money back and "
            "what card is needed"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "we are both retired, how do I claim back my wife's medical expenses",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "where can I look up my own health records, the doctor's notes and all that",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "my grandmother wants to see her medical history file, which card does that",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "my son says I can do my medical insurance business on the phone now, what do I need "
            "for that"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "how can my dad handle his medical insurance online so he doesn't have to queue at the "
            "office"
        ),
        "task:online",
    ),
    ("en", "task", "I am retired, which card do I need to collect my pension", "task:pension"),
    (
        "en",
        "task",
        (
            "my father turns 60 soon and will retire, what card does he use to receive his old age "
            "pension"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "my dad was laid off from the factory at 57, which card does he need to claim "
            "unemployment benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "my father hurt his hand at work, which card does he use for the work injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        "grandpa got a lung disease from working in the mine, which card is for claiming that",
        "task:injury",
    ),
    (
        "en",
        "task",
        ("how can I check whether my old employer really paid my social insurance all those years"),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "I'd like to know how much has been paid into my pension in total, where do I see that",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card lets my mum ride the bus and subway without fiddling with cash",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card do I show to use the public reading room and other city services",
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "is there a card my mother can carry to prove who she is, she doesn't like taking her "
            "ID everywhere"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        "how does my mother get a social security card, she never had one",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "my father is already retired, can he still apply for a social security card and how",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "my dad only has the plastic social security card, how do we get the electronic one "
            "onto his phone"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "how do I get that electronic medical insurance thing on my phone, my daughter says I "
            "need it but I don't know what it's called exactly"
        ),
        "task:getemedical",
    ),
    ("en", "task", "how do we apply for a citizen card for my grandmother", "task:getcitizen"),
    (
        "en",
        "task",
        (
            "my parents just moved in with us here, what do they need to do about all these cards, "
            "where do we even start"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        ("everything to do with doctors and medicine for an old person, which cards are for what"),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "money matters for a retired person, pension, getting medical costs back, what was "
            "paid in, which card handles which"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "for everyday life, buses, city services, showing who you are, which cards does "
            "grandpa need"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        (
            "my mother has no cards at all here, which ones can she get and how do we go about "
            "getting them"
        ),
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "medicine card", "task:pharmacy"),
    ("en", "short", "bus card", "task:transport"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "electronic soc", "card:esocial"),
    ("en", "short", "ss card", "card:social"),
    ("en", "short", "medical records", "task:healthfile"),
    ("en", "short", "work injury", "task:injury"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "my father lost his social security card on the bus, how does he get a new one",
        "none",
    ),
    ("en", "oos", "how much does it cost to replace grandma's card", "none"),
    ("en", "oos", "mum forgot the PIN for her social security card, what do we do", "none"),
    ("en", "oos", "what time does the social security office open on Saturdays", "none"),
    ("en", "oos", "my parents are here on a family visit visa, can they get the card", "none"),
    ("en", "oos", "how much will my mother's pension be each month", "none"),
    ("en", "oos", "what is the retirement age for women in China", "none"),
    ("en", "oos", "does grandpa have to pay tax on his pension", "none"),
    ("en", "oos", "how long do we have to wait for the card after applying", "none"),
    ("en", "oos", "my dad's card is cracked and the chip doesn't work anymore", "none"),
    ("en", "oos", "how much would a knee replacement cost with the insurance", "none"),
    (
        "en",
        "oos",
        "what documents does Beijing ask for when you apply for the citizen card",
        "none",
    ),
    (
        "en",
        "oos",
        "can my pension be paid into my bank account back home in England when I go back",
        "none",
    ),
    (
        "en",
        "oos",
        "my father passed away last month, what happens to the money in his pension account",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what exactly is a health card, I've never heard of it", "card:health"),
    (
        "en",
        "card",
        "tell me about the citizen card, my daughter keeps mentioning it",
        "card:citizen",
    ),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "is my money safe on the social security card, I worry about thieves and scams",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "what information does the social security card keep about me",
        ("card:social:records", "faq:7"),
    ),
    (
        "en",
        "card",
        (
            "is the electronic social security card a real card I can hold or is it only on the "
            "phone"
        ),
        "card:esocial:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "my old medical insurance card versus the new social security card, what is different "
            "between them"
        ),
        "cmp:social:medical",
    ),
    (
        "en",
        "compare",
        "difference between the health card and the citizen card",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "electronic social security card or electronic medical insurance certificate, how do "
            "they differ, grandma is confused"
        ),
        "cmp:esocial:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health card the same thing as a social security card?", "faq:1"),
    (
        "en",
        "faq",
        (
            "my father still has his old medical insurance card, is that the same as a social "
            "security card?"
        ),
        "faq:2",
    ),
    (
        "en",
        "faq",
        "what kinds of social insurance are there in China, I've never really understood it",
        "faq:6",
    ),
    ("en", "faq", "what is my social security number, is it written down somewhere", "faq:10"),
    (
        "en",
        "faq",
        "when does an employer have to sign my grandson up for social insurance",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says I can check my contribution records for free", "law:sil-74"),
    ("en", "law", "what laws do you go by, can you list them for me", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Good morning dear", "greeting"),
    ("en", "greeting", "Thank you very much young man, that helps a lot", "greeting"),
    ("en", "greeting", "bye bye now, God bless", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        ("mi madre tiene 80 años y mañana la llevo al hospital, ¿qué tarjeta le tengo que llevar?"),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta se registra mi abuelo en el hospital para que lo vea el médico?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "para comprar las pastillas de mi padre en la farmacia, ¿qué tarjeta sirve?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿puede mi abuela pagar sus medicamentos con alguna tarjeta del seguro?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "mi papá pagó la operación de su bolsillo, ¿cómo le devuelven ese dinero?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta hace falta para que un jubilado recupere lo que gastó en médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero ver mi historial médico, ¿con qué tarjeta lo puedo consultar?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "mi hija dice que lo del seguro médico ya se hace por internet, ¿qué necesito yo para "
            "eso?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿se pueden hacer los trámites del seguro médico desde el celular sin ir a la oficina?",
        "task:online",
    ),
    ("es", "task", "soy jubilado, ¿qué tarjeta necesito para cobrar mi pensión?", "task:pension"),
    (
        "es",
        "task",
        "mi suegro se jubila este año, ¿con qué tarjeta va a cobrar la jubilación?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "a mi papá lo despidieron con 58 años, ¿cómo pide el subsidio de desempleo?",
        "task:unemployment",
    ),
    ("es", "task", "¿qué tarjeta hay que llevar para apuntarse al paro?", "task:unemployment"),
    (
        "es",
        "task",
        (
            "mi marido se lastimó en la obra, ¿qué tarjeta usa para el seguro de accidentes de "
            "trabajo?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "mi padre tiene una enfermedad profesional por la fábrica, ¿con qué tarjeta reclama?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo sé si la empresa le pagó las cotizaciones a mi padre todos estos años?",
        "task:contributions",
    ),
    ("es", "task", "quiero consultar cuánto llevo cotizado para la pensión", "task:contributions"),
    (
        "es",
        "task",
        "¿hay alguna tarjeta para que mi abuela suba al autobús sin andar con monedas?",
        "task:transport",
    ),
    ("es", "task", "¿con qué tarjeta puede mi padre viajar en el metro?", "task:transport"),
    (
        "es",
        "task",
        "¿qué tarjeta sirve para los servicios públicos de la ciudad, como la sala de lectura?",
        "task:services",
    ),
    ("es", "task", "¿qué tarjeta puede usar mi madre para demostrar quién es?", "task:identity"),
    ("es", "task", "¿cómo saca mi padre la tarjeta de la seguridad social?", "task:getsocial"),
    (
        "es",
        "task",
        "¿quién tiene derecho a la tarjeta de seguridad social? mi madre nunca trabajó aquí",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        "¿cómo activo la tarjeta electrónica de seguridad social en el móvil de mi abuelo?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "¿cómo se consigue el certificado electrónico del seguro médico? no sé ni cómo se "
            "llama bien"
        ),
        "task:getemedical",
    ),
    ("es", "task", "¿dónde se pide la tarjeta ciudadana para mi abuela?", "task:getcitizen"),
    (
        "es",
        "task",
        ("¿qué tengo que hacer con las tarjetas ahora que estoy jubilado? no sé por dónde empezar"),
        "tasks",
    ),
    ("es", "task", "todo lo de médicos, farmacia y hospital para mis padres mayores", "tasks:care"),
    (
        "es",
        "task",
        (
            "las cosas del día a día de mi abuelo: transporte, trámites, identificarse, ¿qué "
            "tarjeta para cada una?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "mi madre no tiene ninguna tarjeta todavía, ¿cuáles puede sacar?",
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "hospit", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro médico electrónico", "card:emedical"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "autobús", "task:transport"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta seguridad soc", "card:social"),
    ("es", "short", "número de seguridad social", "faq:10"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta de la seguridad social de mi padre, ¿cómo saco otra?", "none"),
    ("es", "oos", "¿cuánto cuesta hacerse la tarjeta?", "none"),
    ("es", "oos", "mi madre no se acuerda de la contraseña de la tarjeta, ¿qué hacemos?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de la seguridad social?", "none"),
    ("es", "oos", "¿mis padres necesitan visado de residente para tener la tarjeta?", "none"),
    ("es", "oos", "¿cuánto cobra de pensión un extranjero jubilado en China?", "none"),
    ("es", "oos", "¿a qué edad se jubilan las mujeres en China?", "none"),
    ("es", "oos", "¿la pensión de mi padre paga impuestos?", "none"),
    ("es", "oos", "¿cuántos días tardan en darme la tarjeta?", "none"),
    ("es", "oos", "¿cuánto cuesta una operación de cataratas con el seguro?", "none"),
    ("es", "oos", "¿puedo seguir cobrando la pensión china cuando vuelva a España?", "none"),
    ("es", "oos", "¿qué papeles piden en Shanghái para la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿la tarjeta sirve para pagar la residencia de ancianos?", "none"),
    (
        "es",
        "oos",
        "mi abuelo falleció, ¿qué hacemos con su tarjeta y el dinero de su cuenta?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta electrónica de seguridad social?", "card:esocial"),
    (
        "es",
        "card",
        "¿quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "¿quién maneja la tarjeta de salud, el hospital o el gobierno?",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "¿es segura la tarjeta de seguridad social? me da miedo que me roben el dinero",
        "card:social:security",
    ),
    ("es", "card", "la tarjeta ciudadana, ¿para qué sirve exactamente?", "card:citizen:function"),
    (
        "es",
        "card",
        "¿dónde se puede usar la tarjeta de seguridad social, vale en todo el país?",
        "card:social:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencia entre la tarjeta del seguro médico antigua y la tarjeta de salud",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        (
            "tarjeta ciudadana o tarjeta electrónica de seguridad social, ¿en qué se diferencian? "
            "es para mi madre"
        ),
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        "compárame la tarjeta física de seguridad social con la electrónica",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿el certificado electrónico del seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo?"
        ),
        "faq:5",
    ),
    ("es", "faq", "¿la tarjeta ciudadana es la misma que la de seguridad social?", "faq:3"),
    (
        "es",
        "faq",
        ("¿la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social?"),
        "faq:4",
    ),
    ("es", "faq", "¿cuántos tipos de tarjeta de seguridad social hay?", "faq:8"),
    (
        "es",
        "faq",
        "¿qué guarda la tarjeta de seguridad social y qué se puede hacer con ella?",
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿qué dice la ley de los principios del seguro social, eso de la cobertura amplia?",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "¿en qué ley dice que la empresa tiene 30 días para darle de alta al trabajador?",
        ("law:sil-58", "faq:9"),
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "buenos días, hija", "greeting"),
    ("es", "greeting", "muchísimas gracias, que Dios se lo pague", "greeting"),
    ("es", "greeting", "hasta luego, y gracias por la paciencia", "greeting"),
)
