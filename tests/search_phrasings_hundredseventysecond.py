"""Hundred-and-seventy-second phrasing set (factory line supervisors and construction foremen
asking for their workers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSEVENTYSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "one of my welders cut his hand on the line, which card does he bring to the "
     "hospital?", "task:hospital"),
    ("en", "task", "guy on my crew has to register at the hospital for a checkup. what card do "
     "they swipe", "task:hospital"),
    ("en", "task", "my plasterer got sick, can he pay the hospital bill with his social security "
     "card", ("task:hospital", "card:social:function")),
    ("en", "task", "worker needs to fill a prescription, can he use the social security card at "
     "the pharmacy", "task:pharmacy"),
    ("en", "task", "where can my line workers buy meds on medical insurance and with which card",
     "task:pharmacy"),
    ("en", "task", "worker paid the hospital out of pocket, how does he get his medical costs "
     "back?", "task:reimburse"),
    ("en", "task", "laborer fell off the scaffolding last month. what card does he use to claim "
     "work injury benefits?", "task:injury"),
    ("en", "task", "my forklift driver hurt his back on shift, how does he apply for the "
     "work-related injury payout", "task:injury"),
    ("en", "task", "one of my older guys retires in march, what does he need to start drawing "
     "his pension", "task:pension"),
    ("en", "task", "we're laying off half of second shift. which card do they use to sign up "
     "for unemployment money?", "task:unemployment"),
    ("en", "task", "laid off worker wants to do job seeking registration and vocational "
     "training, what card does he use", "task:unemployment"),
    ("en", "task", "how can my workers check the company is actually paying their social "
     "insurance", "task:contributions"),
    ("en", "task", "couple of the guys think the labor agency isnt paying in for them, how do "
     "they look that up", "task:contributions"),
    ("en", "task", "how does a worker see how much pension insurance he's built up so far",
     "task:contributions"),
    ("en", "task", "can my crew use any of these cards for the subway out to the site",
     "task:transport"),
    ("en", "task", "they take the bus to the factory every day, which card works on the bus?",
     "task:transport"),
    ("en", "task", "new hire starts monday, how does he get a social security card",
     "task:getsocial"),
    ("en", "task", "how do my workers get the electronic social security card on their phones?",
     "task:getesocial"),
    ("en", "task", "worker wants the electronic medical insurance certificate, what does he need "
     "to have first", "task:getemedical"),
    ("en", "task", "can my migrant workers get the citizen card or is it only for locals",
     "task:getcitizen"),
    ("en", "task", "worker has to prove who he is at the office, which card counts as ID",
     "task:identity"),
    ("en", "task", "one of the guys wants to look at his own health records, which card pulls "
     "up his health file?", "task:healthfile"),
    ("en", "task", "can my team do their medical insurance business online instead of taking "
     "a day off", "task:online"),
    ("en", "task", "what can the guys actually do with these cards? give me the rundown",
     "tasks"),
    ("en", "task", "need a list of stuff workers can use the cards for, for the toolbox talk",
     "tasks"),
    ("en", "task", "doctor visits and medicine, which card covers that for my line workers",
     "tasks:care"),
    ("en", "task", "money side - pension, unemployment, contributions - what card handles that "
     "for my crew", "tasks:money"),
    ("en", "task", "everyday things like getting around town and local services, what card do "
     "my guys use", "tasks:life"),
    ("en", "task", "how do my workers get each of the cards? all of them in one place please",
     "tasks:getcard"),
    ("en", "task", "can my workers use a card at the public reading room or for other city "
     "services", "task:services"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "work inj", "task:injury"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "medical ins card", "card:medical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "contributions", "task:contributions"),
    ("en", "short", "card", "cards"),
    ("en", "short", "emedical cert", "card:emedical"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "worker lost his social security card on site, how does he get a new one",
     "none"),
    ("en", "oos", "how long does it take to get the card made? guy needs it next week", "none"),
    ("en", "oos", "how much does a replacement card cost", "none"),
    ("en", "oos", "whats the phone number for the social security bureau", "none"),
    ("en", "oos", "is the social security office open on saturday", "none"),
    ("en", "oos", "how much is the company supposed to pay in per worker per month", "none"),
    ("en", "oos", "can a worker with no written contract still get injury compensation", "none"),
    ("en", "oos", "my foreign welder is going home for good, can he cash out his pension account",
     "none"),
    ("en", "oos", "what's the overtime rule for sunday shifts", "none"),
    ("en", "oos", "the chip on his card stopped working, who fixes it", "none"),
    ("en", "oos", "how do I change the bank account linked to a worker's social security card",
     "none"),
    ("en", "oos", "which hospital near the site takes the card", "none"),
    ("en", "oos", "how much unemployment money does a laid off worker get a month", "none"),
    ("en", "oos", "minimum wage in guangdong right now?", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what even is the electronic medical insurance certificate", "card:emedical"),
    ("en", "card", "who issues the citizen card", "card:citizen:issuer"),
    ("en", "card", "what does the health card keep track of", "card:health:records"),
    ("en", "card", "who runs the health card, the hospitals or the government?",
     "card:health:manager"),
    ("en", "card", "can the guys use their social security card in other provinces or just here",
     "card:social:scope"),
    ("en", "card", "does the social security card have a chip? is it safe", "card:social:security"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "electronic social security card vs the plastic one, which do my guys need",
     "cmp:social:esocial"),
    ("en", "compare", "old medical insurance card versus the electronic medical certificate, "
     "what's the difference", "cmp:medical:emedical"),
    ("en", "compare", "health card or citizen card, how are they different", "cmp:health:citizen"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health card a kind of social security card or not", "faq:1"),
    ("en", "faq", "card says human resources and social security card, is that the social "
     "security card?", "faq:4"),
    ("en", "faq", "how soon after hiring do I have to get a new worker registered for social "
     "insurance", "faq:9"),
    ("en", "faq", "what's a worker's social security number, is it his ID number?", "faq:10"),
    ("en", "faq", "what kinds of social insurance are my workers supposed to have", "faq:6"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says the company has to register workers within 30 days",
     "law:sil-58"),
    ("en", "law", "what laws cover all this social security card stuff", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello", "greeting"),
    ("en", "greeting", "ok got it, thanks", "greeting"),
    ("en", "greeting", "cheers, back to the line", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "uno de mis peones tiene que ir al médico, ¿qué tarjeta lleva al hospital?",
     "task:hospital"),
    ("es", "task", "para pagar la consulta en el hospital sirve la tarjeta de seguridad social?",
     ("task:hospital", "card:social:function")),
    ("es", "task", "el encargado de turno se torció el tobillo, como se registra en el hospital",
     "task:hospital"),
    ("es", "task", "¿mis trabajadores pueden comprar medicinas en la farmacia con la tarjeta?",
     "task:pharmacy"),
    ("es", "task", "un operario pagó el hospital de su bolsillo, ¿cómo le devuelven los gastos "
     "médicos?", "task:reimburse"),
    ("es", "task", "reembolso de gastos medicos para un obrero, que tarjeta necesita",
     "task:reimburse"),
    ("es", "task", "un albañil se cayó del andamio, ¿con qué tarjeta tramita la prestación por "
     "accidente laboral?", "task:injury"),
    ("es", "task", "¿cómo pide la indemnización por lesión en el trabajo un operario que se "
     "quemó en la línea?", "task:injury"),
    ("es", "task", "uno de la cuadrilla se jubila este año, ¿cómo cobra la pensión?",
     "task:pension"),
    ("es", "task", "con que tarjeta cobran la jubilacion los trabajadores mayores",
     "task:pension"),
    ("es", "task", "vamos a despedir gente de la fábrica, ¿cómo piden el paro?",
     "task:unemployment"),
    ("es", "task", "un trabajador que se queda sin obra, como se registra como desempleado",
     "task:unemployment"),
    ("es", "task", "un despedido quiere apuntarse a formación profesional, ¿qué tarjeta usa?",
     "task:unemployment"),
    ("es", "task", "¿cómo pueden mis trabajadores ver si la empresa les está pagando las "
     "cotizaciones?", "task:contributions"),
    ("es", "task", "quiero que los chicos revisen cuánto llevan cotizado, ¿dónde lo consultan?",
     "task:contributions"),
    ("es", "task", "¿hay alguna tarjeta que sirva para el metro y el autobús hasta la obra?",
     "task:transport"),
    ("es", "task", "un trabajador nuevo necesita la tarjeta de seguridad social, ¿cómo la "
     "consigue?", "task:getsocial"),
    ("es", "task", "¿cómo sacan los operarios la tarjeta electrónica de seguridad social en "
     "el móvil?", "task:getesocial"),
    ("es", "task", "¿mis trabajadores extranjeros pueden pedir el certificado electrónico de "
     "seguro médico?", "task:getemedical"),
    ("es", "task", "¿la tarjeta ciudadana la pueden sacar los trabajadores que vienen de otra "
     "provincia?", "task:getcitizen"),
    ("es", "task", "un obrero tiene que demostrar su identidad en la oficina, ¿qué tarjeta vale?",
     "task:identity"),
    ("es", "task", "¿cómo consulta un trabajador su expediente de salud? ¿con qué tarjeta?",
     "task:healthfile"),
    ("es", "task", "¿se pueden hacer los trámites del seguro médico por internet? para no "
     "perder un día de trabajo", "task:online"),
    ("es", "task", "¿los operarios pueden gestionar el seguro médico desde el móvil con el "
     "certificado electrónico?", "task:online"),
    ("es", "task", "¿qué trámites pueden hacer mis trabajadores con estas tarjetas?", "tasks"),
    ("es", "task", "médico y farmacia: ¿qué tarjeta usan mis trabajadores para todo eso?",
     "tasks:care"),
    ("es", "task", "pensión, paro, cotizaciones... ¿qué tarjeta sirve para los temas de dinero?",
     "tasks:money"),
    ("es", "task", "para el día a día, transporte y servicios del barrio, ¿qué tarjeta usan?",
     "tasks:life"),
    ("es", "task", "cómo se saca cada una de las tarjetas, para explicárselo a la cuadrilla",
     "tasks:getcard"),
    ("es", "task", "¿sirve alguna tarjeta para la sala de lectura pública u otros servicios de "
     "la ciudad?", "task:services"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta seguro médi", "card:medical"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "cotizaci", "task:contributions"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "tarjeta electrónica seg social", "card:esocial"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "a un trabajador le robaron la tarjeta, ¿cómo la bloquea?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta nueva?", "none"),
    ("es", "oos", "¿cuánto cuesta hacer la tarjeta?", "none"),
    ("es", "oos", "¿cuál es el teléfono de la oficina de seguridad social?", "none"),
    ("es", "oos", "a que hora abre la oficina de seguridad social", "none"),
    ("es", "oos", "¿qué porcentaje del sueldo se descuenta para la seguridad social?", "none"),
    ("es", "oos", "si un trabajador extranjero se vuelve a su país, ¿le devuelven lo cotizado?",
     "none"),
    ("es", "oos", "¿cuántas horas extra puede hacer un obrero por semana?", "none"),
    ("es", "oos", "¿cómo cambio la foto de la tarjeta de un operario?", "none"),
    ("es", "oos", "¿qué hospital cerca de la obra acepta la tarjeta?", "none"),
    ("es", "oos", "¿cuánto cobra de paro al mes un trabajador despedido?", "none"),
    ("es", "oos", "la tarjeta no lee en el cajero, que hago", "none"),
    ("es", "oos", "¿cómo cambio la cuenta bancaria asociada a la tarjeta de un trabajador?",
     "none"),
    ("es", "oos", "¿el casco y el arnés son obligatorios para todos en la obra?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta de seguro médico antigua?", "card:medical"),
    ("es", "card", "¿quién emite el certificado electrónico de seguro médico?",
     "card:emedical:issuer"),
    ("es", "card", "¿la tarjeta de seguridad social es física o electrónica?", "card:social:form"),
    ("es", "card", "¿para qué sirve la tarjeta ciudadana?", "card:citizen:function"),
    ("es", "card", "¿quién gestiona la tarjeta electrónica de seguridad social?",
     "card:esocial:manager"),
    ("es", "card", "la tarjeta vieja del seguro médico, ¿es segura?", "card:medical:security"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencia entre la tarjeta de salud y el certificado electrónico de "
     "seguro médico", "cmp:emedical:health"),
    ("es", "compare", "¿en qué se diferencia la tarjeta ciudadana de la tarjeta electrónica de "
     "seguridad social?", "cmp:esocial:citizen"),
    ("es", "compare", "compara la tarjeta de seguro médico con la tarjeta de salud",
     "cmp:medical:health"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "un trabajador dice que la tarjeta de seguridad social y la del seguro médico "
     "son la misma, ¿es así?", "faq:2"),
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta?",
     "faq:3"),
    ("es", "faq", "¿el certificado electrónico de seguro médico es lo mismo que la tarjeta "
     "electrónica de seguridad social?", "faq:5"),
    ("es", "faq", "¿qué registra la tarjeta de seguridad social y qué pueden hacer con ella mis "
     "trabajadores?", "faq:7"),
    ("es", "faq", "¿hay distintos tipos de tarjeta de seguridad social, una para la empresa y "
     "otra para el trabajador?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 74 de la ley de seguro social?", "law:sil-74"),
    ("es", "law", "artículo 3 de la ley del seguro social", "law:sil-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "gracias, muy amable", "greeting"),
    ("es", "greeting", "vale, hasta luego", "greeting"),
)
