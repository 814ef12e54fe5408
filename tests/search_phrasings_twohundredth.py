"""Two-hundredth phrasing set (nurses, carers, porters), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "I'm an RN at a private hospital here, which card do patients need to pay at registration?",
        "task:hospital",
    ),
    (
        "en", "task",
        "patient's daughter is asking me which card her dad uses to buy his meds at the pharmacy",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "night shift porter, tweaked my back lifting a patient. which card for work"
        " injury benefits?",
        "task:injury",
    ),
    (
        "en", "task",
        "caregiver at an elder home here, one of our residents wants to draw his"
        " pension, what card?",
        "task:pension",
    ),
    (
        "en", "task",
        "home health aide here - how do i check my agency is actually paying into my"
        " social insurance",
        "task:contributions",
    ),
    (
        "en", "task",
        "contract at the nursing home ended, which card do I need to get unemployment benefits",
        "task:unemployment",
    ),
    (
        "en", "task",
        "paid out of pocket for an ER visit, how do I get my medical expenses"
        " reimbursed? which card",
        "task:reimburse",
    ),
    (
        "en", "task",
        "I'm a CNA and want to look up my own health file, what card gets me into my records?",
        "task:healthfile",
    ),
    ("en", "task", "which card do i tap for the subway to get to my shift", "task:transport"),
    (
        "en", "task",
        "is it the citizen card for the bus to the clinic or the social security one??",
        "task:transport",
    ),
    (
        "en", "task",
        "want to handle my medical insurance stuff online from my phone on break, what do i use",
        "task:online",
    ),
    (
        "en", "task",
        "hospital HR wants me to prove who I am, which of these cards works as ID?",
        "task:identity",
    ),
    (
        "en", "task",
        "how do I get a social security card as a foreign nurse working at a hospital in Suzhou",
        "task:getsocial",
    ),
    (
        "en", "task",
        "how do i set up the electronic social security card on my phone",
        "task:getesocial",
    ),
    (
        "en", "task",
        "how do I get the electronic medical insurance certificate, the QR code everyone shows",
        "task:getemedical",
    ),
    (
        "en", "task",
        "can I apply for a citizen card? been a live-in caregiver here for 2 yrs",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "which card lets me use local public services like the city reading room on my day off",
        "task:services",
    ),
    (
        "en", "task",
        "I push gurneys all day but never went to a doctor here myself, what do I need to be seen?",
        "task:hospital",
    ),
    (
        "en", "task",
        "new caregiver in china, what can I do with these cards for doctor visits, meds,"
        " that stuff",
        "tasks:care",
    ),
    (
        "en", "task",
        "my elderly client wants her prescription refill covered by insurance, which"
        " card do we bring",
        "task:pharmacy",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmcy", "task:pharmacy"),
    ("en", "short", "pensin", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "shebao", "card:social"),
    ("en", "short", "e-social card", "card:esocial"),
    ("en", "short", "yibao ka", "card:medical"),
    ("en", "short", "yibao code", "card:emedical"),
    ("en", "short", "sil 58", "law:sil-58"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "parking", "none"),
    ("en", "short", "lost card", "none"),
    ("en", "short", "unemploymnt", "task:unemployment"),
    ("en", "short", "contrib", "task:contributions"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "I lost my social security card somewhere on the ward, how do I replace it",
        "none",
    ),
    ("en", "oos", "how much does it cost to get a citizen card", "none"),
    ("en", "oos", "what time does the social security bureau open on saturdays?", "none"),
    ("en", "oos", "how long till the physical card shows up after you apply", "none"),
    (
        "en", "oos",
        "forgot the password for my electronic medical insurance certificate ugh",
        "none",
    ),
    ("en", "oos", "does Beijing United Family take the public medical insurance?", "none"),
    (
        "en", "oos",
        "how much of my paycheck gets taken out for social insurance as a caregiver, what's the %",
        "none",
    ),
    ("en", "oos", "can I use my china medical insurance back home in Texas", "none"),
    ("en", "oos", "when is the nursing licensing exam for foreign nurses in china", "none"),
    ("en", "oos", "how do I renew my work visa, I'm a nurse on a 1 year contract", "none"),
    ("en", "oos", "what's the max reimbursement percent for an inpatient stay in Shanghai", "none"),
    ("en", "oos", "the chip on my card is busted, the reader at work won't pick it up", "none"),
    (
        "en", "oos",
        "can I cash out my pension contributions when I leave China for good?",
        "none",
    ),
    ("en", "oos", "how many paid sick days do hospital porters get", "none"),
    ("en", "oos", "do public hospitals pay extra for night shifts", "none"),
    ("en", "oos", "best delivery app to get food to the nurses station lol", "none"),
    (
        "en", "oos",
        "how do I change the phone number linked to my electronic social security card",
        "none",
    ),
    ("en", "oos", "the agency hasn't paid my wages in 2 months, who do I complain to", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "what is the health card exactly? the clinic keeps asking my patients for it",
        "card:health",
    ),
    ("en", "card", "define electronic medical insurance certificate", "card:emedical:what"),
    (
        "en", "card",
        "who issues the old medical insurance card? a few of my older patients still carry one",
        "card:medical:issuer",
    ),
    ("en", "card", "what does the health card record? we scan it at triage", "card:health:records"),
    (
        "en", "card",
        "who manages the health card, the hospital or some government dept?",
        "card:health:manager",
    ),
    (
        "en", "card",
        "is the electronic social security card an actual card or just something on your phone",
        "card:esocial:form",
    ),
    (
        "en", "card",
        "how secure is the social security card? kinda worried about my data getting out",
        "card:social:security",
    ),
    (
        "en", "card",
        "the card the city gives residents for the bus and paying for stuff, what is it?",
        "card:citizen",
    ),
    (
        "en", "card",
        "where can you use the electronic medical insurance certificate, just hospitals?",
        "card:emedical:scope",
    ),
    ("en", "card", "what's the legal basis for the social security card", "card:social:legal"),
    (
        "en", "card",
        "what's the citizen card actually for besides riding the bus",
        "card:citizen:function",
    ),
    (
        "en", "card",
        "does my social security card work in other provinces? transferring to a"
        " hospital in Guangdong",
        ("law:ssc-4", "card:social:scope"),
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "difference between the citizen card and the health card?",
        "cmp:health:citizen",
    ),
    (
        "en", "compare",
        "social security card vs the electronic social security card, do I need both??",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "old medical insurance card vs the electronic medical insurance QR thing, what's different",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en", "faq",
        "a patient asked me if her health card counts as a social security card. does it?",
        "faq:1",
    ),
    (
        "en", "faq",
        "what kinds of social insurance are there? my staffing agency keeps saying five",
        "faq:6",
    ),
    (
        "en", "faq",
        "when does my employer have to register me for social insurance? started at the care home"
        " 3 weeks ago",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 2 of the social insurance law say", "law:sil-2"),
    ("en", "law", "can you list the laws you're quoting", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hey there, just got off a 12 hr shift lol", "greeting"),
    ("en", "greeting", "thanks so much, that helped a ton. take care!", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "soy enfermera en un hospital de Shanghái, ¿con qué tarjeta pagan los pacientes"
        " la consulta?",
        "task:hospital",
    ),
    (
        "es", "task",
        "oiga, ¿qué tarjeta uso pa comprar la medicina en la farmacia? el doctor ya me"
        " dio la receta",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "soy camillero y me lastimé la espalda cargando a un paciente, ¿con cuál tarjeta cobro lo"
        " del accidente de trabajo?",
        "task:injury",
    ),
    (
        "es", "task",
        "cuido a un señor mayor y quiere cobrar su pensión, ¿qué tarjeta necesita?",
        "task:pension",
    ),
    (
        "es", "task",
        "parce, ¿cómo reviso si la agencia sí me está pagando el seguro social?",
        "task:contributions",
    ),
    (
        "es", "task",
        "se me acabó el contrato en la residencia de ancianos, ¿qué tarjeta pa cobrar el"
        " desempleo?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "pagué de mi bolsa una hospitalización, ¿cómo hago que me reembolsen los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "quiero ver mi expediente de salud, mi historial, ¿con qué tarjeta lo consulto?",
        "task:healthfile",
    ),
    (
        "es", "task",
        "¿qué tarjeta sirve pal metro? salgo del turno de noche y no traigo efectivo",
        "task:transport",
    ),
    (
        "es", "task",
        "¿pa subirse al camión es la tarjeta ciudadana o la del seguro social, wey?",
        "task:transport",
    ),
    (
        "es", "task",
        "quiero hacer los tramites del seguro medico en linea desde el celular, ¿que necesito?",
        "task:online",
    ),
    (
        "es", "task",
        "en recursos humanos del hospital me piden identificarme, ¿qué tarjeta me sirve"
        " de identificación?",
        "task:identity",
    ),
    (
        "es", "task",
        "¿cómo saco la tarjeta de seguridad social? soy auxiliar de enfermería, extranjera",
        "task:getsocial",
    ),
    (
        "es", "task",
        "¿cómo activo la tarjeta electrónica de seguridad social en el cel?",
        "task:getesocial",
    ),
    (
        "es", "task",
        "¿dónde consigo el certificado electrónico de seguro médico, ese código QR que"
        " todos enseñan?",
        "task:getemedical",
    ),
    (
        "es", "task",
        "¿puedo tramitar la tarjeta ciudadana? llevo año y medio trabajando de cuidadora acá",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "¿con qué tarjeta uso los servicios públicos de la ciudad, tipo la sala de lectura?",
        "task:services",
    ),
    (
        "es", "task",
        "mi paciente ya va de alta y me pregunta con qué tarjeta liquida la cuenta del hospital",
        "task:hospital",
    ),
    (
        "es", "task",
        "la abuelita que cuido necesita surtir su receta con el seguro, ¿qué tarjeta llevamos a la"
        " farmacia?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "tengo que hacer vueltas de plata, pensión, desempleo y eso... ¿qué opciones hay?",
        "tasks:money",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarj ciudadana", "card:citizen"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "imss", "card:social"),
    ("es", "short", "carnet eps", "card:medical"),
    ("es", "short", "nss", "faq:10"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "cert electrónico", "card:emedical"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "articulo 74", "law:sil-74"),
    ("es", "short", "horario", "none"),
    ("es", "short", "tarjeta perdida", "none"),
    ("es", "short", "mi cedula", "task:identity"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es", "oos",
        "se me perdió la tarjeta del seguro social en el hospital, ¿cómo la repongo?",
        "none",
    ),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de seguridad social los domingos?", "none"),
    ("es", "oos", "¿cuánto se tarda en llegar la tarjeta física después de pedirla?", "none"),
    ("es", "oos", "olvidé la contraseña del certificado electronico de seguro medico", "none"),
    ("es", "oos", "¿el hospital Huashan acepta el seguro médico de extranjeros?", "none"),
    ("es", "oos", "¿qué porcentaje del sueldo me descuentan para el seguro social?", "none"),
    ("es", "oos", "¿puedo usar el seguro de acá en México cuando me regrese?", "none"),
    ("es", "oos", "¿cómo convalido mi título de enfermería en China?", "none"),
    ("es", "oos", "¿cómo renuevo la visa de trabajo? soy cuidadora interna", "none"),
    ("es", "oos", "¿cuánto me reembolsan por una cirugía en Pekín, hay tope?", "none"),
    ("es", "oos", "el chip de mi tarjeta no lo lee la máquina, ¿qué hago?", "none"),
    (
        "es", "oos",
        "¿puedo sacar lo que aporté a la pensión si me regreso a Colombia?",
        "none",
    ),
    ("es", "oos", "¿cuántos días de incapacidad me pagan si me enfermo?", "none"),
    ("es", "oos", "¿en los hospitales públicos pagan más el turno de noche?", "none"),
    ("es", "oos", "¿dónde venden buen tinto cerca del hospital? jaja", "none"),
    (
        "es", "oos",
        "¿cómo cambio el número de celular vinculado a la tarjeta electrónica?",
        "none",
    ),
    (
        "es", "oos",
        "la agencia lleva dos quincenas sin pagarme el sueldo, ¿a quién me quejo?",
        "none",
    ),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "¿qué es la tarjeta de salud? en urgencias siempre la piden", "card:health"),
    (
        "es", "card",
        "definición de tarjeta electrónica de seguridad social",
        "card:esocial:what",
    ),
    (
        "es", "card",
        "¿quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    (
        "es", "card",
        "¿qué queda registrado en la tarjeta de salud de los pacientes?",
        "card:health:records",
    ),
    ("es", "card", "¿quien administra la tarjeta de seguridad social?", "card:social:manager"),
    (
        "es", "card",
        "¿la tarjeta vieja del seguro médico es segura o se la pueden clonar?",
        "card:medical:security",
    ),
    (
        "es", "card",
        "la tarjeta ciudadana, ¿quién la emite? ¿el gobierno local?",
        "card:citizen:issuer",
    ),
    (
        "es", "card",
        "esa tarjeta que da la ciudad a los residentes pa'l transporte y pagar cosas, ¿qué es?",
        "card:citizen",
    ),
    ("es", "card", "¿dónde se puede usar la tarjeta de salud?", "card:health:scope"),
    (
        "es", "card",
        "¿para qué sirve el certificado electrónico de seguro médico?",
        "card:emedical:function",
    ),
    (
        "es", "card",
        "¿la tarjeta de seguridad social sirve en otras provincias? me voy a trabajar a Cantón",
        ("law:ssc-4", "card:social:scope"),
    ),
    (
        "es", "card",
        "la tarjetita del banco que antes servía pal seguro médico, ¿qué es eso?",
        "card:medical",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "tarjeta de salud vs tarjeta de seguro médico, ¿en qué se diferencian?",
        "cmp:medical:health",
    ),
    (
        "es", "compare",
        "¿qué diferencia hay entre la tarjeta de seguridad social física y la electrónica?",
        "cmp:social:esocial",
    ),
    (
        "es", "compare",
        "diferencias entre el certificado electrónico de seguro médico y la tarjeta ciudadana",
        "cmp:emedical:citizen",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta o son dos?",
        "faq:3",
    ),
    (
        "es", "faq",
        "¿el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad social"
        " son lo mismo?",
        "faq:5",
    ),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social hay?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley del seguro social?", "law:sil-3"),
    (
        "es", "law",
        "artículo 1 de las medidas administrativas de las tarjetas de seguridad social",
        "law:ssc-1",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "¡quiubo parce! ¿cómo va todo?", "greeting"),
    ("es", "greeting", "muchas gracias, qué amable, bendiciones", "greeting"),
)
