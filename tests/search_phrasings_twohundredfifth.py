"""Two-hundred-and-fifth phrasing set (frustrated after a bad experience at a counter;
Cuban and Dominican Spanish, Australian English), written blind from the seeds
(issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "just spent 2 hrs at the hospital desk cos I brought the wrong card, which one do you "
        "actually need to see a doctor",
        "task:hospital",
    ),
    (
        "en", "task",
        "chemist sent me packing, said my card's no good for meds. which card do I use to buy "
        "medicine at a pharmacy?",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "the girl at window 4 wouldn't even look at my receipts. which card do i need to get "
        "medical expenses reimbursed",
        "task:reimburse",
    ),
    (
        "en", "task",
        "absolutely fuming, the clinic couldn't find any of my history. which card lets me look "
        "up my own health file?",
        "task:healthfile",
    ),
    (
        "en", "task",
        "sick to death of queuing at counters, can I do medical insurance stuff online instead "
        "and what card do i need for that",
        "task:online",
    ),
    (
        "en", "task",
        "dad's been trying to sort his pension for weeks and the counter bloke was useless. which"
        " card is it for drawing a pension",
        "task:pension",
    ),
    (
        "en", "task",
        "got laid off and the lady at the service centre just shrugged at me. which card do i "
        "need to claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en", "task",
        "hurt my back on the job site, HR desk keeps giving me the runaround. what card handles "
        "work injury benefits?",
        "task:injury",
    ),
    (
        "en", "task",
        "want to check my boss has actually been paying in, counter staff won't tell me a thing. "
        "which card shows my contributions",
        "task:contributions",
    ),
    (
        "en", "task",
        "bus driver wouldn't let me tap on, total shocker. what card works on buses and the "
        "subway here?",
        "task:transport",
    ),
    (
        "en", "task",
        "got knocked back at the community office today for not having 'the right card'. which "
        "one do you need for local public services",
        "task:services",
    ),
    (
        "en", "task",
        "bank teller wouldn't accept my passport copy, which of these cards can prove who I am??",
        "task:identity",
    ),
    (
        "en", "task",
        "third trip to the bureau and still no card. how do I actually get a social security "
        "card, step by step pls",
        "task:getsocial",
    ),
    (
        "en", "task",
        "they told me at the counter to 'just get the electronic one' and walked off. how do i "
        "get the electronic social security card",
        "task:getesocial",
    ),
    (
        "en", "task",
        "hospital cashier kept asking for my 医保电子凭证 and I had no idea, "
        "how do I get that thing?",
        "task:getemedical",
    ),
    (
        "en", "task",
        "the rego-type office for the 市民卡 sent me away empty handed, where do I apply for a "
        "citizen card",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "reckon the citizen card's the one for the subway? the kiosk lady just yelled at me in "
        "chinese",
        "task:transport",
    ),
    (
        "en", "task",
        "paid out of pocket at the outpatient window cos they said my card wasn't linked. which "
        "card should I have used to pay at the hospital",
        "task:hospital",
    ),
    (
        "en", "task",
        "pharmacy counter wanted a card i don't have, is it the medical insurance one or the "
        "social security one for buying meds",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "my missus got knocked back claiming her hospital bills, which card do we need to get "
        "medical costs paid back",
        "task:reimburse",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "hospit", "task:hospital"),
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "medicare card", "card:medical"),
    ("en", "short", "opal card", "task:transport"),
    ("en", "short", "dole", "task:unemployment"),
    ("en", "short", "workers comp", "task:injury"),
    ("en", "short", "super payout", "task:pension"),
    ("en", "short", "soc sec card", "card:social"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "health crd", "card:health"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e med cert", "card:emedical"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "lost card", "none"),
    ("en", "short", "queue times", "none"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "contribs", "task:contributions"),
    ("en", "short", "ss number", "faq:10"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "waited 3 hours at the social security bureau and the counter shut in my face, what time "
        "do they actually open?",
        "none",
    ),
    (
        "en", "oos",
        "the lady at the counter was so rude, how do i lodge a formal complaint against a staff "
        "member",
        "none",
    ),
    (
        "en", "oos",
        "how much does it cost to replace a social security card? they wanted cash and I only had"
        " my phone",
        "none",
    ),
    (
        "en", "oos",
        "counter staff snapped my card in the reader, it's cracked now, how do I get a new one",
        "none",
    ),
    (
        "en", "oos",
        "how long does it take for the social security card to be made? all they said was 'wait'",
        "none",
    ),
    (
        "en", "oos",
        "forgot my card PIN and the teller locked it, how do I reset the password",
        "none",
    ),
    (
        "en", "oos",
        "is there any office in Guangzhou with English speaking staff? so over it",
        "none",
    ),
    ("en", "oos", "can I cash out my pension contributions when I move back to Brisbane", "none"),
    (
        "en", "oos",
        "the bloke at window 7 reckons foreigners pay a different rate, what percentage of my "
        "salary goes to social insurance",
        "none",
    ),
    ("en", "oos", "do I need to book an appointment or can i just rock up to the counter", "none"),
    ("en", "oos", "which hospital in Chengdu takes foreigners' insurance without a fuss", "none"),
    (
        "en", "oos",
        "can my employer take the card fee out of my wages? nobody at the desk would say",
        "none",
    ),
    ("en", "oos", "what's the best VPN to use while I sit in this ridiculous queue", "none"),
    ("en", "oos", "pharmacy overcharged me, can I get a refund on that", "none"),
    (
        "en", "oos",
        "does my private health cover from home work here? desk staff had no clue",
        "none",
    ),
    (
        "en", "oos",
        "card got nicked on the train and the counter won't help, what do I do now",
        "none",
    ),
    (
        "en", "oos",
        "my name's spelt wrong on the card, how do I get it fixed? they said come back next week",
        "none",
    ),
    ("en", "oos", "is the 12345 hotline any good or do they just hang up on you too", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "the bloke at the counter kept saying 'shebaoka' like I'd know, what is it actually",
        "card:social",
    ),
    (
        "en", "card",
        "define 'electronic medical insurance certificate', the cashier said it like I'm an idiot",
        "card:emedical:what",
    ),
    (
        "en", "card",
        "who issues the citizen card? the council or someone else? nobody at the desk could tell "
        "me",
        "card:citizen:issuer",
    ),
    (
        "en", "card",
        "what does the health card even record? clinic reception wanted mine",
        "card:health:records",
    ),
    (
        "en", "card",
        "how secure is the social security card? they took mine out the back for ages and I'm "
        "stressing",
        "card:social:security",
    ),
    (
        "en", "card",
        "who issued the old medical insurance card, was it a bank? the bank counter told me to go"
        " somewhere else",
        "card:medical:issuer",
    ),
    (
        "en", "card",
        "is the electronic social security card an actual card or just on your phone? the counter"
        " girl said both",
        "card:esocial:form",
    ),
    (
        "en", "card",
        "who manages health cards, the hospital or the health department? keep getting bounced "
        "between them",
        "card:health:manager",
    ),
    (
        "en", "card",
        "that card the city gives locals for buses and the library and stuff, what is it? the "
        "desk just pointed at a poster",
        "card:citizen",
    ),
    (
        "en", "card",
        "what's the legal basis for the social security card, want something to wave at the "
        "counter next time",
        "card:social:legal",
    ),
    (
        "en", "card",
        "bloke at the counter in Suzhou reckons my card from Shanghai won't work there, does the "
        "social security card work all over China?",
        ("law:ssc-4", "card:social:scope"),
    ),
    (
        "en", "card",
        "can anyone get the old medical insurance card or only some people? got a flat no at the "
        "window",
        "card:medical:eligibility",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "whats the diff between the social security card and the electronic one, staff acted like"
        " it's obvious",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "medical insurance card vs electronic medical insurance certificate, which is which? "
        "clerk just said 'same same'",
        "cmp:medical:emedical",
    ),
    (
        "en", "compare",
        "health card and citizen card, how are they different? got told off for handing over the "
        "wrong one",
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en", "faq",
        "is a human resources and social security card a social security card or something else? "
        "the sign and the form say different things",
        "faq:4",
    ),
    (
        "en", "faq",
        "when does my employer have to register me for social insurance? been working 2 months "
        "and HR keeps fobbing me off",
        "faq:9",
    ),
    (
        "en", "faq",
        "what is my social security number? the counter asked and I just stood there like a galah",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en", "law",
        "what does article 74 of the social insurance law say about my records? they refused to "
        "show me mine",
        "law:sil-74",
    ),
    (
        "en", "law",
        "which law articles back all this up, i want to quote them at the counter tomorrow",
        "law",
    ),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "g'day, anyone there?", "greeting"),
    (
        "en", "greeting",
        "cheers for that, sorry about the rant, rough day at the bureau",
        "greeting",
    ),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "asere fui al hospital y la de la ventanilla me boto porque traje la tarjeta equivocada, "
        "cual es la que sirve pa ver al medico?",
        "task:hospital",
    ),
    (
        "es", "task",
        "klk, en la farmacia me dijeron que esa tarjeta no sirve pa comprar medicina, cual tengo "
        "que usar?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "tremenda cola pa que al final no me aceptaran los recibos, con qué tarjeta me reembolsan"
        " los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "en la consulta no encontraban nada mio, qué tarjeta uso para consultar mi expediente de "
        "salud?",
        "task:healthfile",
    ),
    (
        "es", "task",
        "estoy jarto de hacer filas, se puede hacer lo del seguro medico por internet? con cual "
        "tarjeta?",
        "task:online",
    ),
    (
        "es", "task",
        "mi mamá fue a cobrar la jubilacion y el empleado ni la miró, qué tarjeta se usa pa "
        "cobrar la pensión",
        "task:pension",
    ),
    (
        "es", "task",
        "me botaron del trabajo y en la oficina nadie me explica na, con qué tarjeta pido el "
        "seguro de desempleo?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "me jodí la mano en la obra y en recursos humanos me mandan de un lao pa otro, qué "
        "tarjeta es pa los beneficios por accidente de trabajo",
        "task:injury",
    ),
    (
        "es", "task",
        "quiero ver si el jefe me está pagando el seguro, en el mostrador no me dicen na. con que"
        " tarjeta reviso mis aportes?",
        "task:contributions",
    ),
    (
        "es", "task",
        "el chofer de la guagua no me dejó pasar la tarjeta, qué vergüenza. cuál sirve pa la "
        "guagua y el metro?",
        "task:transport",
    ),
    (
        "es", "task",
        "fui a la oficina del barrio a hacer un tramite y me dijeron que me faltaba una tarjeta, "
        "cual es pa los servicios publicos locales?",
        "task:services",
    ),
    (
        "es", "task",
        "en el banco no me aceptaron ni el pasaporte, cuál de estas tarjetas me sirve pa "
        "demostrar quién soy?",
        "task:identity",
    ),
    (
        "es", "task",
        "tercera vez que voy y nada, cómo saco la tarjeta de seguridad social de una vez?",
        "task:getsocial",
    ),
    (
        "es", "task",
        "la muchacha me dijo 'sácate la electrónica' y se fue, cómo consigo la tarjeta "
        "electrónica de seguridad social?",
        "task:getesocial",
    ),
    (
        "es", "task",
        "en caja me pidieron el certificado electronico del seguro medico y yo en las nubes, como"
        " lo obtengo?",
        "task:getemedical",
    ),
    (
        "es", "task",
        "dónde se pide la tarjeta ciudadana? me mandaron de una ventanilla a otra toda la mañana",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "dique la tarjeta ciudadana es la del metro? el de la taquilla me gritó en chino",
        "task:transport",
    ),
    (
        "es", "task",
        "pagué todo de mi bolsillo en el policlínico porque dizque mi tarjeta no estaba "
        "vinculada, cuál debí usar pa pagar en el hospital?",
        "task:hospital",
    ),
    (
        "es", "task",
        "coño en la farmacia me pidieron otra tarjeta, es la del seguro médico o la de seguridad "
        "social la que va pa las medicinas?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "qué vaina, a mi esposa no le quisieron tramitar lo del hospital, qué tarjeta necesitamos"
        " pa que nos devuelvan los gastos médicos?",
        "task:reimburse",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "guagua", "task:transport"),
    ("es", "short", "cedula", "task:identity"),
    ("es", "short", "carnet ARS", "card:medical"),
    ("es", "short", "aportes tss", "task:contributions"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "policlinico", "task:hospital"),
    ("es", "short", "desemple", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarj seg social", "card:social"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "cert medico electr", "card:emedical"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "num seguro social", "faq:10"),
    ("es", "short", "horario oficina", "none"),
    ("es", "short", "duplicado tarjeta", "none"),
    ("es", "short", "farmac", "task:pharmacy"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es", "oos",
        "llevo 4 horas en esta cola y cerraron la ventanilla, a qué hora abren mañana?",
        "none",
    ),
    (
        "es", "oos",
        "la de la ventanilla fue una grosera, dónde pongo una queja contra el empleado?",
        "none",
    ),
    (
        "es", "oos",
        "cuánto cobran por reponer la tarjeta de seguridad social? me pidieron dinero y no andaba"
        " con efectivo",
        "none",
    ),
    (
        "es", "oos",
        "se me perdió la tarjeta en la guagua y en la oficina no me resuelven, qué hago?",
        "none",
    ),
    ("es", "oos", "cuánto se demora en salir la tarjeta? me dijeron 'espérate' y ya", "none"),
    (
        "es", "oos",
        "se me olvidó el PIN y me bloquearon la tarjeta en el banco, cómo cambio la contraseña?",
        "none",
    ),
    ("es", "oos", "hay alguna oficina en Shenzhen donde hablen español? ya no aguanto más", "none"),
    ("es", "oos", "puedo sacar el dinero de la pension cuando me vaya pa Santo Domingo?", "none"),
    (
        "es", "oos",
        "qué porcentaje del sueldo me quitan pa la seguridad social? el tipo me dijo un número y "
        "no le creo",
        "none",
    ),
    ("es", "oos", "hay que pedir cita o uno llega y ya?", "none"),
    ("es", "oos", "qué hospital de Pekín atiende extranjeros sin tanto lío?", "none"),
    (
        "es", "oos",
        "la tarjeta me salió con el nombre mal escrito, cómo lo corrijo? me dijeron que vuelva la"
        " semana que viene",
        "none",
    ),
    ("es", "oos", "la farmacia me cobró de más, me pueden devolver el dinero?", "none"),
    ("es", "oos", "el seguro que tengo en Cuba me cubre aquí o no?", "none"),
    (
        "es", "oos",
        "se me partió la tarjeta cuando la metieron en la maquina, me dan otra gratis?",
        "none",
    ),
    (
        "es", "oos",
        "qué papeles tengo que llevar pa que no me boten otra vez de la ventanilla",
        "none",
    ),
    (
        "es", "oos",
        "cuál es el teléfono de la oficina de seguridad social de Cantón pa quejarme?",
        "none",
    ),
    (
        "es", "oos",
        "oye, alguien sabe dónde cambiar dólares por aquí cerca? estoy harto de esperar",
        "none",
    ),
    # ---------------- Spanish: card (12) ----------------
    (
        "es", "card",
        "qué bolá, qué es la tarjeta electrónica de seguridad social? el del mostrador habló como"
        " si yo supiera",
        "card:esocial",
    ),
    (
        "es", "card",
        "quién emite el certificado electrónico de seguro médico? en la ventanilla no sabían ni "
        "ellos",
        "card:emedical:issuer",
    ),
    (
        "es", "card",
        "y la tarjeta electrónica de seguridad social quién la emite? me mandaron al banco y allá"
        " no era",
        "card:esocial:issuer",
    ),
    (
        "es", "card",
        "pa qué sirve la tarjeta de salud? en la clínica me la pidieron y yo sin saber",
        "card:health:function",
    ),
    (
        "es", "card",
        "donde se usa la tarjeta de salud, solo en hospitales? ya me rebotaron en dos sitios",
        "card:health:scope",
    ),
    (
        "es", "card",
        "quién administra la tarjeta de seguridad social? cada oficina me dice una cosa distinta",
        "card:social:manager",
    ),
    (
        "es", "card",
        "la tarjeta de seguridad social es física o electrónica? el empleado me dijo que bajara "
        "una app y ya",
        "card:social:form",
    ),
    (
        "es", "card",
        "definición de tarjeta de seguridad social por favor, que en la oficina nadie sabe "
        "explicarla",
        "card:social:what",
    ),
    (
        "es", "card",
        "la vieja tarjeta del seguro médico pa qué servía exactamente?",
        "card:medical:function",
    ),
    (
        "es", "card",
        "la tarjeta del seguro medico vieja es segura? la de la caja se quedó con ella un rato y "
        "me dio mala espina",
        "card:medical:security",
    ),
    (
        "es", "card",
        "esa tarjeta que da la ciudad a los residentes pa la guagua y la biblioteca, qué es? "
        "nadie me explica",
        "card:citizen",
    ),
    (
        "es", "card",
        "el certificado médico electrónico es una tarjeta física o va en el celular? la cajera me"
        " miró feo",
        "card:emedical:form",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "cuál es la diferencia entre la tarjeta de seguridad social y el certificado electrónico "
        "del seguro médico? me tienen mareao",
        "cmp:social:emedical",
    ),
    (
        "es", "compare",
        "tarjeta del seguro médico vs tarjeta de salud, en qué se diferencian? pasé la que no era"
        " y me regañaron",
        "cmp:medical:health",
    ),
    (
        "es", "compare",
        "compárame la tarjeta electrónica de seguridad social con la tarjeta ciudadana, el "
        "empleado dijo que daba igual",
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "la tarjeta de salud es una tarjeta de seguridad social o no? en el hospital me dijeron "
        "que sí y en la oficina que no",
        "faq:1",
    ),
    (
        "es", "faq",
        "el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad social"
        " son lo mismo? ya me tienen loco",
        "faq:5",
    ),
    (
        "es", "faq",
        "qué tipos de seguro social hay? el de la ventanilla me habló de cinco y no entendí "
        "ninguno",
        "faq:6",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "qué dice el artículo 3 de la ley de seguro social? quiero saber los principios antes de "
        "volver a pelear",
        "law:sil-3",
    ),
    (
        "es", "law",
        "articulo 1 de las medidas administrativas de la tarjeta de seguridad social, qué dice?",
        "law:ssc-1",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "klk manín, buenas", "greeting"),
    ("es", "greeting", "gracias asere, ya me desahogué, cuídate", "greeting"),
)
