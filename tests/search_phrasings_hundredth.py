"""Hundredth phrasing set (people who put two related questions in one message), written blind from
the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "which card do i take to the hospital? and do i need to bring anything else besides it",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "Which card works at the pharmacy for buying medicine, and is it the same one I use "
            "when I see a doctor?"
        ),
        ("task:pharmacy", "task:hospital"),
    ),
    (
        "en",
        "task",
        (
            "I paid for a hospital stay myself. Which card do I use to get reimbursed, and does "
            "the health card help with that?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "How can I look up my own health records, and which card holds my medical history?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "I want to do my medical insurance stuff online. Which card or certificate do I need, "
            "and does my physical card work for that?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "My father-in-law retires soon: what card does he need to collect his pension, and can "
            "his wife use the same card?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "I just lost my job. Which card do I use to claim unemployment benefits, and can I "
            "register for job seeking with it too?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "got hurt at the factory last week. which card is for work injury benefits, and does "
            "it also cover the hospital bills?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "How do I check how much my employer has paid into my social insurance, and is "
            "checking free?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Which card can I use on the subway, and does it also work on buses?",
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "Is there a card for local public services like the public reading room, and who hands "
            "it out?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "What card can I use to prove who I am, and is the social security card good enough as "
            "ID?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "I just started a new job. How do I get a social security card, and is it my company "
            "that applies for it or me?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        ("How do I get the electronic social security card, and do I need the physical one first?"),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "How can I get the electronic medical insurance certificate, and who is allowed to "
            "claim it?"
        ),
        "task:getemedical",
    ),
    ("en", "task", "how do i apply for a citizen card and who issues it?", "task:getcitizen"),
    (
        "en",
        "task",
        (
            "For health care stuff (doctor, medicine, reimbursement) which cards do I need, and is "
            "there one that covers all of it?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "Which cards do I need for money matters like pensions and benefits, and is it all one "
            "card?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "Which card is for everyday life, like buses and local services? And can any resident "
            "get it?"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        "How do I get each of these cards, and which one should I apply for first?",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "I'm new here: what can I actually do with these cards, and where do I start?",
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "Can I pay at the hospital registration desk with my health card, and can I look up my "
            "health file with it afterwards?"
        ),
        ("task:hospital", "task:healthfile"),
    ),
    (
        "en",
        "task",
        (
            "Which card do I show at a designated pharmacy, and can I pay my out-of-pocket part "
            "with the citizen card?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "My kid's medical bills need reimbursing. Which card handles that, and is it my card "
            "or his?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "Where can I see my payment history for pension and medical insurance, and can I do it "
            "online?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "Which card do I use for unemployment registration, and is it the same card for "
            "vocational training?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "Do I need the electronic medical insurance certificate to handle medical insurance "
            "online, or is the e-social security card enough?"
        ),
        ("task:online", "cmp:esocial:emedical"),
    ),
    (
        "en",
        "task",
        (
            "Which card do I need to apply for work injury benefits and to get a labor capacity "
            "appraisal?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "Can I rent a car or ride public transport with a citizen card, and do I need to top "
            "it up first?"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        "Can I use my citizen card as an ID card, and does it prove I'm a resident here?",
        "task:identity",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp pharm", ("task:hospital", "task:pharmacy")),
    ("en", "short", "pension unemploy", ("task:pension", "task:unemployment")),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "subway bus", "task:transport"),
    ("en", "short", "social sec number", "faq:10"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "med insurance card", "card:medical"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "I lost my social security card. How do I replace it, and can someone else use it in "
            "the meantime?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "How much does a citizen card cost, and how long does it take to arrive?",
        "none",
    ),
    ("en", "oos", "What's the PIN on a new social security card, and how do I change it?", "none"),
    (
        "en",
        "oos",
        (
            "What time does the social security bureau open on Saturdays, and do I need an "
            "appointment?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "In Shenzhen what documents do foreigners need for the social security card, and do "
            "they ask for a residence permit?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Will having a social security card help my visa renewal, and does the immigration "
            "office check it?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Are my social insurance contributions tax-deductible, and how do I claim them on my "
            "income tax return?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        ("How much does a dental cleaning cost with medical insurance, and is it covered at all?"),
        "none",
    ),
    (
        "en",
        "oos",
        ("Can I take my pension money with me when I leave China, and how do I ask for a refund?"),
        "none",
    ),
    (
        "en",
        "oos",
        "my card chip stopped working. where do i get it fixed and is there a fee?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "What's the monthly contribution rate for pension insurance, and how much of it does "
            "the employer pay?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Can I use my Chinese medical insurance in Hong Kong, and what about when I travel "
            "abroad?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "Can I link my social security card to WeChat Pay, and will Alipay work too?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "How long does the electronic medical insurance certificate take to activate, and what "
            "do I do if the app keeps crashing?"
        ),
        "none",
    ),
    # ---------------- English: card (6) ----------------
    ("en", "card", "What exactly is the health card, and what's it mainly for?", "card:health"),
    (
        "en",
        "card",
        (
            "Who issues the electronic medical insurance certificate, and is that a different "
            "agency from the social security people?"
        ),
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "How safe is the social security card, and could someone get at my account through it?",
        "card:social:security",
    ),
    (
        "en",
        "card",
        (
            "What information does the social security card record about me, and can my employer "
            "see it?"
        ),
        "card:social:records",
    ),
    (
        "en",
        "card",
        (
            "Is the electronic social security card an actual card or only in an app, and does it "
            "match my physical card?"
        ),
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "Where can I use the citizen card, just around town? And does it work at the library?",
        "card:citizen:scope",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "What's the difference between the health card and the social security card, and do I "
            "need both?"
        ),
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        (
            "How is the citizen card different from the social security card, and which one should "
            "I carry every day?"
        ),
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        (
            "electronic medical insurance certificate vs electronic social security card: what's "
            "the difference, and do i need both?"
        ),
        ("cmp:esocial:emedical", "faq:5"),
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Is the health card a kind of social security card? And if not, what is it?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "Is my old medical insurance card the same thing as the social security card, or did "
            "the new one replace it?"
        ),
        "faq:2",
    ),
    (
        "en",
        "faq",
        (
            "What types of social insurance are there, and which ones does my employer have to pay "
            "for?"
        ),
        "faq:6",
    ),
    (
        "en",
        "faq",
        (
            "How soon does my employer have to register me for social insurance, and what happens "
            "if they don't?"
        ),
        "faq:9",
    ),
    (
        "en",
        "faq",
        "What's my social security number, and is it different from my ID number?",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "Which rule says the social security card is 'one card, multi-purpose', and what does "
            "that article actually say?"
        ),
        "law:ssc-4",
    ),
    (
        "en",
        "law",
        (
            "What does article 74 of the Social Insurance Law say, and does it mean I can check my "
            "records for free?"
        ),
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there! hope you're doing well", "greeting"),
    ("en", "greeting", "thanks, that's all I needed. bye!", "greeting"),
    ("en", "greeting", "Hello again, good morning :)", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "¿Qué tarjeta llevo al hospital y sirve también para pagar la consulta?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "para comprar medicamentos en la farmacia que tarjeta uso? y es la misma que la del "
            "hospital?"
        ),
        ("task:pharmacy", "task:hospital"),
    ),
    (
        "es",
        "task",
        "¿Cómo me reembolsan los gastos médicos y qué tarjeta necesito para eso?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿Dónde puedo consultar mi historial médico y con qué tarjeta se hace?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "Quiero hacer trámites del seguro médico por internet: ¿qué necesito y me vale la "
            "tarjeta física?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "Mi madre se jubila este año, ¿con qué tarjeta cobra la pensión y tiene que ir en "
            "persona?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "Me despidieron. ¿Qué tarjeta necesito para pedir el subsidio de desempleo y dónde me "
            "registro como desempleado?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Tuve un accidente en el trabajo, ¿qué tarjeta uso para las prestaciones por lesión "
            "laboral y quién me las paga?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "¿Cómo compruebo cuánto ha cotizado mi empresa por mí y cada cuánto me mandan el "
            "extracto?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta puedo pagar el metro y el autobús, y sirve en toda la ciudad?",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "¿Hay alguna tarjeta para usar los servicios públicos del barrio, como la sala de "
            "lectura? ¿Y se la dan a extranjeros?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta me sirve como identificación y puedo usarla en vez del pasaporte?",
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "Empiezo a trabajar el lunes: ¿cómo saco la tarjeta de seguridad social y la tramita "
            "la empresa?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "¿Cómo activo la tarjeta electrónica de seguridad social y necesito tener la física "
            "antes?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿Quién puede obtener el certificado electrónico de seguro médico y cómo lo consigo?",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    ("es", "task", "como consigo la tarjeta ciudadana y que requisitos piden?", "task:getcitizen"),
    (
        "es",
        "task",
        (
            "Para todo lo de salud (médico, farmacia, reembolsos) ¿qué tarjetas necesito y cuál es "
            "la principal?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        "¿Qué tarjetas uso para temas de dinero, como pensión o paro, y cuál conviene tener?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "Para el día a día (transporte, trámites del ayuntamiento) ¿qué tarjeta me sirve y la "
            "puedo pedir yo?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "¿Cómo se consigue cada una de estas tarjetas y por cuál empiezo?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "Llegué hace poco a China, ¿qué puedo hacer con estas tarjetas y qué trámite hago "
            "primero?"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "¿Puedo pedir cita en el hospital con la tarjeta de salud y ver después mis registros "
            "médicos?"
        ),
        ("task:hospital", "task:healthfile"),
    ),
    (
        "es",
        "task",
        (
            "En la farmacia designada, ¿me aceptan la tarjeta de seguridad social y puedo pagar "
            "con la cuenta personal del seguro médico?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "¿Qué tarjeta necesito para que me devuelvan lo que pagué en el hospital y cuánto "
            "tardan?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "¿Se puede ver por internet lo que llevo cotizado para la jubilación y para el seguro "
            "médico?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "¿Qué tarjeta hace falta para cobrar la pensión de vejez y para consultar el total "
            "acumulado?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "¿Para gestionar el seguro médico online necesito el certificado electrónico o me vale "
            "la tarjeta electrónica de seguridad social?"
        ),
        ("task:online", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "task",
        (
            "Si me lesiono trabajando, ¿con qué tarjeta pido la evaluación de capacidad laboral y "
            "las prestaciones?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿La tarjeta ciudadana sirve para el bus? ¿Y para alquilar coche?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta demuestro mi identidad en trámites y vale como segundo DNI?",
        "task:identity",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "farmacia hospital", ("task:pharmacy", "task:hospital")),
    ("es", "short", "pension paro", ("task:pension", "task:unemployment")),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "metro bus", "task:transport"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "historial medico", "task:healthfile"),
    ("es", "short", "numero ss", "faq:10"),
    ("es", "short", "ley", "law"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Perdí la tarjeta de seguridad social, ¿cómo la bloqueo y cuánto cuesta una nueva?",
        "none",
    ),
    ("es", "oos", "¿Cuánto se tarda en recibir la tarjeta ciudadana y hay que pagar algo?", "none"),
    ("es", "oos", "¿Cuál es el PIN inicial de la tarjeta y cómo lo cambio?", "none"),
    ("es", "oos", "¿A qué hora abre la oficina de seguridad social y hay que pedir cita?", "none"),
    (
        "es",
        "oos",
        (
            "En Shanghái, ¿qué papeles piden a los extranjeros para la tarjeta de seguridad "
            "social? ¿Sirve el pasaporte?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Tener la tarjeta de seguridad social me ayuda con el permiso de residencia o con la "
            "visa de trabajo?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Las cotizaciones a la seguridad social desgravan en el impuesto sobre la renta? "
            "¿Cómo lo declaro?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "¿Cuánto cuesta una resonancia con el seguro médico y qué porcentaje cubre?",
        "none",
    ),
    (
        "es",
        "oos",
        "Si me vuelvo a México, ¿puedo retirar lo que coticé para la pensión y cómo lo pido?",
        "none",
    ),
    ("es", "oos", "se puede vincular la tarjeta con WeChat Pay o Alipay? cobran comision?", "none"),
    (
        "es",
        "oos",
        (
            "¿Cuánto es el porcentaje de cotización del seguro de pensiones y cuánto pone la "
            "empresa?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "¿Mi seguro médico chino sirve en España cuando voy de vacaciones, y en otros países?",
        "none",
    ),
    ("es", "oos", "La tarjeta se me dañó, ¿dónde la reparan y cuánto tarda?", "none"),
    (
        "es",
        "oos",
        "¿Puedo cambiar el banco asociado a la tarjeta de seguridad social y cómo se hace?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿Qué es la tarjeta de salud y para qué sirve exactamente?", "card:health"),
    (
        "es",
        "card",
        "¿Quién emite la tarjeta electrónica de seguridad social y quién la gestiona?",
        ("card:esocial:issuer", "card:esocial:manager"),
    ),
    (
        "es",
        "card",
        "¿Qué tan segura es la tarjeta de seguro médico antigua? ¿Me pueden clonar la cuenta?",
        "card:medical:security",
    ),
    (
        "es",
        "card",
        "¿En qué ley se basa la tarjeta de seguridad social y qué dice esa norma?",
        "card:social:legal",
    ),
    (
        "es",
        "card",
        (
            "¿El certificado electrónico de seguro médico es algo físico o solo está en el móvil? "
            "¿Y para qué sirve?"
        ),
        "card:emedical:form",
    ),
    (
        "es",
        "card",
        "¿Quién emite la tarjeta ciudadana y qué condiciones hay que cumplir para tenerla?",
        "card:citizen:issuer",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "¿Qué diferencia hay entre la tarjeta de seguridad social y la antigua del seguro "
            "médico? ¿Tengo que conservar las dos?"
        ),
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        (
            "¿En qué se diferencian la tarjeta sanitaria y la tarjeta ciudadana, y cuál llevo al "
            "médico?"
        ),
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        "Tarjeta de seguridad social física vs electrónica: ¿qué cambia y cuál me conviene?",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿La tarjeta de seguridad social y la tarjeta ciudadana son la misma? ¿O tengo que "
            "tener dos?"
        ),
        "faq:3",
    ),
    (
        "es",
        "faq",
        (
            "¿La tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social "
            "o es otra cosa?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿Son lo mismo el certificado electrónico de seguro médico y la tarjeta electrónica de "
            "seguridad social? ¿Necesito los dos?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        ("¿Qué tipos de tarjeta de seguridad social existen y cuál me corresponde como empleado?"),
        "faq:8",
    ),
    (
        "es",
        "faq",
        (
            "¿Qué información guarda mi tarjeta de seguridad social? ¿Y qué trámites puedo hacer "
            "con ella?"
        ),
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "¿Qué dice el artículo 58 de la Ley de Seguro Social y cuántos días tiene la empresa "
            "para inscribirme?"
        ),
        "law:sil-58",
    ),
    (
        "es",
        "law",
        ("¿Qué leyes citas y dónde puedo leer el artículo sobre los principios del seguro social?"),
        ("law", "law:sil-3"),
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas tardes!", "greeting"),
    ("es", "greeting", "muchas gracias, me ayudaste un montón. chao", "greeting"),
    ("es", "greeting", "buenas! qué tal?", "greeting"),
)
