"""Two-hundred-and-second phrasing set (retirees living with their children in China),
written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "my daughter says i need a card to see a doctor here in Chengdu, which one is it??",
        "task:hospital",
    ),
    (
        "en", "task",
        "Which card do I show at the chemist to buy my blood pressure tablets?",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "I'm 71 and just moved over to live with my son in Shanghai. What card do I use to ride "
        "the metro like the locals do? Back in London I had my Freedom Pass",
        "task:transport",
    ),
    (
        "en", "task",
        "got a bill from the clinic for my wife's xrays, how do we get medical expenses paid back",
        "task:reimburse",
    ),
    (
        "en", "task",
        "where do I look up my health file, the doctor here said its all on record somewhere",
        "task:healthfile",
    ),
    (
        "en", "task",
        "my son in law does everything on his phone. how do i handle medical insurance stuff "
        "online?",
        "task:online",
    ),
    ("en", "task", "what card is for collecting a pension in china", "task:pension"),
    (
        "en", "task",
        "My son got laid off last month. Which card does he need to claim unemployment benefits?",
        "task:unemployment",
    ),
    (
        "en", "task",
        "son-in-law hurt his hand at the factory, what card for the work injury benefits",
        "task:injury",
    ),
    (
        "en", "task",
        "how can my daughter check how much her company has actually paid into her social "
        "insurance",
        "task:contributions",
    ),
    (
        "en", "task",
        "what card do folks here use for city stuff like the public reading room and local "
        "services",
        "task:services",
    ),
    (
        "en", "task",
        "Need something to prove who I am besides my passport. Is there a card for that?",
        "task:identity",
    ),
    (
        "en", "task",
        "How do I go about getting a social security card? My daughter-in-law has one",
        "task:getsocial",
    ),
    (
        "en", "task",
        "how to get that electronic social security card on the phone, grandkids wont show me",
        "task:getesocial",
    ),
    (
        "en", "task",
        "grandson keeps telling me to get the medical insurance e-certificate in some app. how?",
        "task:getemedical",
    ),
    (
        "en", "task",
        "how do I apply for a citizen card? retired, living in Hangzhou with my kids",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "Is it the citizen card I need for the bus or the social security one? Confused old Yank "
        "here",
        "task:transport",
    ),
    (
        "en", "task",
        "when you pay at the hospital cashier do you tap the social security card or some other "
        "card",
        "task:hospital",
    ),
    (
        "en", "task",
        "can i buy medicine at the pharmacy with the citizen card my son gave me or is it a diff "
        "card",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "my daughter's mother-in-law just retired here. which card does she draw her pension with?",
        "task:pension",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "soc sec card", "card:social"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "e social security", "card:esocial"),
    ("en", "short", "old medical card", "card:medical"),
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "bus pass", "task:transport"),
    ("en", "short", "state pension", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "my SSN", "faq:10"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "lost card", "none"),
    ("en", "short", "card fee", "none"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "I lost my social security card on the bus yesterday, what do I do now", "none"),
    ("en", "oos", "how much does the citizen card cost?", "none"),
    ("en", "oos", "How long does it take for a social security card to come through?", "none"),
    ("en", "oos", "what time does the social security office open on saturdays", "none"),
    ("en", "oos", "Will my US Medicare cover me if I end up in a hospital in Beijing?", "none"),
    ("en", "oos", "will my UK state pension still be paid if I settle in China for good", "none"),
    ("en", "oos", "forgot the PIN for my social security card, how do i reset it", "none"),
    ("en", "oos", "What visa do I need to stay with my daughter long term? I'm 68", "none"),
    ("en", "oos", "which hospital in Guangzhou has english speaking doctors", "none"),
    ("en", "oos", "Do over-70s ride free on the Shenzhen metro like we do at home?", "none"),
    ("en", "oos", "should a retired foreigner buy private health insurance here or not", "none"),
    ("en", "oos", "how do I open a Chinese bank account with just my British passport", "none"),
    (
        "en", "oos",
        "how do i get my social security checks from the states deposited into a chinese bank",
        "none",
    ),
    (
        "en", "oos",
        "what's the weather like in Kunming in winter, thinking of moving there with the kids",
        "none",
    ),
    ("en", "oos", "we moved flats, how do I change the address on my card", "none"),
    ("en", "oos", "the chip on my card stopped working, can i get a replacement", "none"),
    ("en", "oos", "can I use wechat pay without a chinese phone number", "none"),
    ("en", "oos", "do I have to pay tax here on my British pension?", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "What exactly is the health card? The clinic nurse kept mentioning it",
        "card:health",
    ),
    ("en", "card", "define electronic medical insurance certificate", "card:emedical:what"),
    ("en", "card", "who issues the citizen card", "card:citizen:issuer"),
    (
        "en", "card",
        "who's in charge of managing social security cards over here?",
        "card:social:manager",
    ),
    ("en", "card", "what does the health card record", "card:health:records"),
    (
        "en", "card",
        "is the electronic social security card an actual plastic card or just on the phone?",
        "card:esocial:form",
    ),
    (
        "en", "card",
        "how secure is the social security card, could somebody pinch my details off it",
        "card:social:security",
    ),
    (
        "en", "card",
        "the card the city gives residents for buses and the library, what is it?",
        "card:citizen",
    ),
    (
        "en", "card",
        "where can you use the electronic medical insurance certificate",
        "card:emedical:scope",
    ),
    (
        "en", "card",
        "who issued the old medical insurance cards? my son still has one in a drawer",
        "card:medical:issuer",
    ),
    ("en", "card", "what's the legal basis for the social security card", "card:social:legal"),
    (
        "en", "card",
        "Does the social security card work in other provinces? We go down to Hainan for the "
        "winter",
        ("law:ssc-4", "card:social:scope"),
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "health card vs the old medical insurance card, what's the difference",
        "cmp:medical:health",
    ),
    (
        "en", "compare",
        "difference between the electronic social security card and the regular social security "
        "card?",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "citizen card or electronic medical insurance certificate - how do they differ",
        "cmp:emedical:citizen",
    ),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "is the health card the same thing as a social security card?", "faq:1"),
    (
        "en", "faq",
        "When does an employer have to sign you up for social insurance? My son just started a "
        "new job",
        "faq:9",
    ),
    (
        "en", "faq",
        "what types of social security card are there, is there one for retired people like me",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the social insurance law say", "law:sil-58"),
    ("en", "law", "can you list the law articles you're quoting from", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "Hello there, good morning from a brand new granny in Suzhou!", "greeting"),
    ("en", "greeting", "cheers, that's been very helpful. bye for now", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "che, mi hija me dice que para ir al médico acá en Shanghái necesito una tarjeta, ¿cuál "
        "es?",
        "task:hospital",
    ),
    (
        "es", "task",
        "bo, cual tarjeta uso en la farmacia pa comprar los remedios de la presion",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "para tomar el ómnibus o el metro acá en China qué tarjeta tengo que tener? allá en "
        "Montevideo uso la STM",
        "task:transport",
    ),
    (
        "es", "task",
        "pagué una consulta en el hospital, ¿cómo hago para que me devuelvan la plata de los "
        "gastos médicos?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "quiero ver mi expediente de salud, mi historia clinica digamos, con que tarjeta lo "
        "consulto",
        "task:healthfile",
    ),
    (
        "es", "task",
        "mi yerno me dice que los tramites del seguro medico se hacen por internet, como es eso?",
        "task:online",
    ),
    ("es", "task", "que tarjeta sirve para cobrar la jubilacion aca", "task:pension"),
    (
        "es", "task",
        "a mi hijo lo echaron del laburo, ¿con qué tarjeta pide el seguro de paro?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "mi nuera se accidentó en la fábrica, qué tarjeta usa pa los beneficios por accidente de "
        "trabajo",
        "task:injury",
    ),
    (
        "es", "task",
        "como hace mi hija para ver cuanto le aportaron a la seguridad social en la empresa",
        "task:contributions",
    ),
    (
        "es", "task",
        "para los servicios públicos de la ciudad, sala de lectura y eso, que tarjeta usan los de "
        "acá",
        "task:services",
    ),
    (
        "es", "task",
        "necesito algo que pruebe quien soy aparte del pasaporte, hay alguna tarjeta pio?",
        "task:identity",
    ),
    (
        "es", "task",
        "cómo saco la tarjeta de seguridad social? tengo 68 años y vivo con mi hijo en Cantón",
        "task:getsocial",
    ),
    (
        "es", "task",
        "como activo la tarjeta electronica de seguridad social en el celular",
        "task:getesocial",
    ),
    (
        "es", "task",
        "mi nieto dice que saque el certificado electrónico del seguro médico, ¿cómo se hace eso?",
        "task:getemedical",
    ),
    (
        "es", "task",
        "¿dónde tramito la tarjeta ciudadana? estoy viviendo en Hangzhou con mi gurisa",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "che ra'a, pa subir al colectivo es la tarjeta ciudadana o la del seguro social?",
        "task:transport",
    ),
    (
        "es", "task",
        "en el hospital se paga con la tarjeta del seguro social o es otra? no entiendo nada",
        "task:hospital",
    ),
    (
        "es", "task",
        "para comprar las pastillas en la farmacia sirve la tarjeta ciudadana nomás?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "mi consuegro cobra jubilación acá en China, ¿qué tarjeta precisa para eso?",
        "task:pension",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "tarjeta ciud", "card:citizen"),
    ("es", "short", "tarj seg social", "card:social"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "carne de salud", "card:health"),
    ("es", "short", "certificado medico electr", "card:emedical"),
    ("es", "short", "tarj electronica seg soc", "card:esocial"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "colectivo", "task:transport"),
    ("es", "short", "policlinica", "task:hospital"),
    ("es", "short", "reintegro gastos medicos", "task:reimburse"),
    ("es", "short", "seguro de paro", "task:unemployment"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "art 74", "law:sil-74"),
    ("es", "short", "nro seg social", "faq:10"),
    ("es", "short", "tarjeta perdida", "none"),
    ("es", "short", "horario oficina", "none"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "perdí la tarjeta de seguridad social en el metro, ¿qué hago?", "none"),
    ("es", "oos", "cuanto sale hacer la tarjeta ciudadana", "none"),
    ("es", "oos", "¿cuánto demora en salir la tarjeta, bo?", "none"),
    ("es", "oos", "a que hora abre la oficina del seguro social los sabados", "none"),
    ("es", "oos", "¿el BPS me sigue pagando la jubilación si me quedo a vivir en China?", "none"),
    ("es", "oos", "che, el IPS me cubre si me enfermo acá en China?", "none"),
    ("es", "oos", "me olvidé la contraseña de la tarjeta, cómo la cambio", "none"),
    ("es", "oos", "qué visa necesito para quedarme con mi hija más de un año", "none"),
    ("es", "oos", "hay algun hospital en Pekin donde hablen español?", "none"),
    ("es", "oos", "los jubilados viajan gratis en el metro de Shenzhen?", "none"),
    (
        "es", "oos",
        "¿conviene sacar un seguro privado de salud siendo extranjera y jubilada?",
        "none",
    ),
    ("es", "oos", "como abro una cuenta en el banco con el pasaporte uruguayo", "none"),
    ("es", "oos", "cómo mando plata a Asunción desde acá, ndaje es caro", "none"),
    ("es", "oos", "¿se consigue yerba mate en Shanghái? me quedan dos paquetes nomás", "none"),
    ("es", "oos", "me mudé de apartamento, como actualizo la dirección en la tarjeta", "none"),
    ("es", "oos", "se me rompió el chip de la tarjeta, me dan otra?", "none"),
    ("es", "oos", "el permiso de residencia por reagrupación familiar cómo se tramita", "none"),
    ("es", "oos", "tengo que pagar impuestos en China por mi jubilación paraguaya?", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "¿qué es la tarjeta de salud? me la nombraron en la policlínica", "card:health"),
    ("es", "card", "definición de tarjeta electrónica de seguridad social", "card:esocial:what"),
    ("es", "card", "quién emite la tarjeta de seguridad social", "card:social:issuer"),
    ("es", "card", "¿quién administra la tarjeta de salud?", "card:health:manager"),
    ("es", "card", "para qué sirve la tarjeta ciudadana, che?", "card:citizen:function"),
    (
        "es", "card",
        "el certificado electrónico del seguro médico es solo en el celular o hay tarjeta física?",
        "card:emedical:form",
    ),
    ("es", "card", "es segura la tarjeta vieja del seguro medico?", "card:medical:security"),
    (
        "es", "card",
        "la tarjeta que da la intendencia a los vecinos para el ómnibus y la biblioteca, ¿qué es?",
        "card:citizen",
    ),
    ("es", "card", "en qué lugares se usa la tarjeta de salud", "card:health:scope"),
    (
        "es", "card",
        "quien emite el certificado electronico de seguro medico",
        "card:emedical:issuer",
    ),
    (
        "es", "card",
        "¿la tarjeta del seguro social vale en todo el país o solo en esta ciudad?",
        ("law:ssc-4", "card:social:scope"),
    ),
    (
        "es", "card",
        "explicame la tarjeta electrónica de seguridad social, m'hijo no tiene paciencia",
        "card:esocial",
    ),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "tarjeta ciudadana vs tarjeta de salud", "cmp:health:citizen"),
    (
        "es", "compare",
        "en qué se diferencian la tarjeta vieja del seguro médico y el certificado electrónico "
        "del seguro médico?",
        "cmp:medical:emedical",
    ),
    (
        "es", "compare",
        "tarjeta de seguridad social o certificado medico electronico, cual es la diferencia",
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "¿el certificado electrónico del seguro médico y la tarjeta electrónica de seguridad "
        "social son lo mismo?",
        "faq:5",
    ),
    ("es", "faq", "cuál es mi número de seguridad social?", "faq:10"),
    (
        "es", "faq",
        "la tarjeta de seguridad social es la misma que la tarjeta del seguro médico?",
        "faq:2",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 2 de la ley de seguro social", "law:sil-2"),
    ("es", "law", "artículo 3 de la ley del seguro social, lo de los principios", "law:sil-3"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "mba'éichapa! buen día desde Shenzhen", "greeting"),
    ("es", "greeting", "muchas gracias, aguyje, chau chau", "greeting"),
)
