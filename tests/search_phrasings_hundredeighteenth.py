"""Hundred-and-eighteenth phrasing set (claim checkers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDEIGHTEENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "my coworker says i can just show my social security card at the hospital to see a doctor. "
        "that right?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "friend told me the citizen card works on buses and the subway in her city, is that a real "
        "thing",
        "task:transport",
    ),
    (
        "en",
        "task",
        "a nurse friend says the health card is how you pull up your own medical records. true??",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "landlord claims I can buy meds at a designated pharmacy with my social card, is he right",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "guy at my office insists the health card is what gets your medical bills reimbursed. "
        "sounds wrong to me",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "WeChat group says you need the electronic medical insurance certificate to do medical "
        "insurance stuff online. confirm?",
        "task:online",
    ),
    (
        "en",
        "task",
        "my retired neighbor says she collects her pension with her citizen card but my wife says "
        "it's the social security card. who's right",
        "task:pension",
    ),
    (
        "en",
        "task",
        "HR told me i'd need my social security card to claim unemployment benefits if i get laid "
        "off, is that accurate",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "hurt my back at the factory. foreman says work injury benefits go through the medical "
        "insurance card, which card is it really?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "my colleague reckons I can see how much my employer has actually paid into my social "
        "insurance using the card. can i?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "lady at the library told me to bring my citizen card to use the public reading room, does "
        "that card really do that?",
        "task:services",
    ),
    (
        "en",
        "task",
        "the clerk at the service hall said my citizen card is enough to prove who I am. is that "
        "what it's for",
        "task:identity",
    ),
    (
        "en",
        "task",
        "my friend says you can't get the electronic social security card unless you already have "
        "the physical one, true?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "read in a group chat that anyone enrolled in medical insurance can claim the e-medical "
        "insurance certificate. is that how you get it?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "my boss said the company applies for my social security card when I'm hired. is that how "
        "you get one?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "a buddy in Hangzhou says the local government hands out citizen cards to residents. how "
        "would i get one?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "my driver friend says you can rent a car with a citizen card?? can you actually",
        "task:transport",
    ),
    (
        "en",
        "task",
        "coworker swears you can pay the out-of-pocket part of a hospital bill straight from the "
        "citizen card e-wallet, real?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my mother-in-law says you register at the hospital with the health card, not the social "
        "security one. which do I bring tomorrow",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "a guy at the gym told me the social card is what you use to register as a job seeker when "
        "you're out of work. does it?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "my sister says she checks her total pension savings with her social security card, can I "
        "do that too",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "teammate says I can sort out my medical insurance from my phone without going to any "
        "office. what do I need for that",
        "task:online",
    ),
    (
        "en",
        "task",
        "my landlord says the social security card is like a second ID card. can I really use it "
        "to prove my identity?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "boss says after my work accident I need the social card to apply for the labor capacity "
        "appraisal, is he right?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "a pharmacist told my dad the citizen card pays for medicine too. which cards work at a "
        "pharmacy?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "my coworker says one card covers all the health care stuff. which cards do i need for "
        "doctors, medicine, records and so on?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "friend says all the money things (pension, unemployment pay, reimbursements) go through a "
        "single card. what do I need for money matters?",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "a neighbor told me everyday life here is way easier with the citizen card. what cards "
        "help with daily life?",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "everyone at work says getting these cards is a nightmare. how do i get a card, which ones "
        "can i get?",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "just moved to china, my roommate says there's a pile of card stuff I have to sort out. "
        "what do I actually need to do?",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "health card?", "card:health"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "hr social security card", ("card:social", "faq:4")),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "med records", "task:healthfile"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "all cards", "cards"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "my landlord says foreigners can't get a social security card at all. is that true?",
        "none",
    ),
    (
        "en",
        "oos",
        "coworker says replacing a lost social security card costs 50 kuai, right?",
        "none",
    ),
    (
        "en",
        "oos",
        "friend said it takes about three weeks for a new card to arrive after applying, is that "
        "normal?",
        "none",
    ),
    (
        "en",
        "oos",
        "WeChat group says foreigners can cash out their pension contributions when they leave "
        "China, legit?",
        "none",
    ),
    (
        "en",
        "oos",
        "the clerk told me to go to the social security bureau in Pudong but never said where it "
        "is. where's the office?",
        "none",
    ),
    (
        "en",
        "oos",
        "my friend says the Shanghai citizen card gets you a discount on the metro. true?",
        "none",
    ),
    (
        "en",
        "oos",
        "lost my wallet with my social card in it and my coworker says someone can drain my "
        "account. what do i do now?",
        "none",
    ),
    (
        "en",
        "oos",
        "landlord says I need a citizen card to register my residence at the police station. do I?",
        "none",
    ),
    (
        "en",
        "oos",
        "my buddy says the default PIN on the social security card is 123456, is it?",
        "none",
    ),
    (
        "en",
        "oos",
        "my coworker says I can add my husband to my medical insurance as a dependent, is that "
        "true?",
        "none",
    ),
    (
        "en",
        "oos",
        "someone told me teeth cleaning is covered by medical insurance in Beijing, is that right",
        "none",
    ),
    (
        "en",
        "oos",
        "my friend says you can get a social security card for a newborn right after birth, true?",
        "none",
    ),
    (
        "en",
        "oos",
        "colleague says the employee share of social insurance is 10.5% of salary. correct?",
        "none",
    ),
    (
        "en",
        "oos",
        "someone in the group chat said the money in the medical insurance personal account gets "
        "wiped at the end of the year, is that so?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "my roommate says the citizen card is just a city ID and nothing more. what is the citizen "
        "card exactly?",
        "card:citizen:what",
    ),
    (
        "en",
        "card",
        "a friend says the old medical insurance cards were issued by banks, not the government. "
        "right?",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "my landlord reckons the social security card is just a paper booklet. isn't it a chip "
        "card?",
        "card:social:form",
    ),
    (
        "en",
        "card",
        "guy at work says the social card keeps track of your job history and work injuries. does "
        "it really record that?",
        "card:social:records",
    ),
    (
        "en",
        "card",
        "colleague says the health card is run by the hospitals themselves. who manages the health "
        "card?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "someone in my group chat says the e-social security card lives on some national platform. "
        "tell me about the electronic social security card",
        "card:esocial",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "my aunt swears the health card and the medical insurance card are the same thing. what's "
        "the difference between them?",
        "cmp:medical:health",
    ),
    (
        "en",
        "compare",
        "coworker says the electronic social security card is just the phone version of the "
        "plastic one. how do the two differ?",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "my friend says the health card and the citizen card do the same job at hospitals. how are "
        "they different?",
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "lady at the clinic told me my health card counts as a social security card. does it?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "landlord says the social security card and the medical insurance card are one and the "
        "same, is that so?",
        "faq:2",
    ),
    (
        "en",
        "faq",
        "my boss says he has three months after I start to sign me up for social insurance. when "
        "does he actually have to do it?",
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        "friend says my social security number is just my ID card number, right?",
        "faq:10",
    ),
    (
        "en",
        "faq",
        "a coworker says there's only pension and medical insurance, nothing else. what kinds of "
        "social insurance are there actually?",
        "faq:6",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "HR lady says article 74 of the social insurance law lets me check my contribution records "
        "for free. does it say that?",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        "coworker says the administrative measures on social security cards put the ministry of "
        "HRSS in charge of issuing them. what does article 3 say?",
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey there, can you settle an argument for me?", "greeting"),
    ("en", "greeting", "thanks!! turns out my coworker had it backwards lol", "greeting"),
    ("en", "greeting", "ok that's all, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "mi compañera de trabajo dice que con la tarjeta de seguridad social puedo ir al médico en "
        "el hospital, ¿es verdad?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "me dijeron que la tarjeta ciudadana sirve para el metro, ¿es cierto?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "mi cuñado dice que para consultar mi historial médico necesito la tarjeta de salud, ¿es "
        "así?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "el farmacéutico me dijo que puedo comprar medicinas con la tarjeta social en farmacias "
        "designadas, ¿alguien lo confirma?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "en el grupo de WeChat dicen que el reembolso de gastos médicos se hace con la tarjeta de "
        "seguridad social, ¿verdad?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "una amiga dice que para hacer trámites del seguro médico por internet hace falta el "
        "certificado electrónico, ¿es así?",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi abuelo dice que cobra la pensión con la tarjeta de salud, yo creo que se equivoca. "
        "¿con cuál se cobra?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "en recursos humanos me dijeron que para pedir el subsidio de desempleo necesito la "
        "tarjeta de seguridad social, ¿es correcto?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "tuve un accidente en la obra y el capataz dice que las prestaciones por lesión laboral "
        "van con la tarjeta del seguro médico, ¿qué tarjeta es?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "un colega dice que con la tarjeta social puedo ver cuánto ha pagado la empresa a mi "
        "seguro, ¿se puede?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "mi vecina dice que la tarjeta ciudadana sirve para entrar a la sala de lectura pública, "
        "¿es verdad?",
        "task:services",
    ),
    (
        "es",
        "task",
        "el empleado del banco dijo que la tarjeta ciudadana sirve para demostrar quién soy, ¿eso "
        "es cierto?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "dicen que la tarjeta electrónica de seguridad social solo se activa si ya tienes la "
        "física, ¿es así?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "mi jefa dice que cualquiera con seguro médico puede sacar el certificado electrónico. "
        "¿cómo lo consigo?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "me contaron que la empresa tramita la tarjeta de seguridad social cuando te contrata, "
        "¿así se obtiene?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "mi casera dice que la tarjeta ciudadana la da el gobierno local a los residentes, ¿cómo "
        "la saco yo?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "un taxista me dijo que con la tarjeta ciudadana se puede alquilar un coche, ¿en serio?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "mi suegra insiste en que para registrarse en el hospital hay que usar la tarjeta de "
        "salud, ¿qué tarjeta llevo?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "me dijeron que la tarjeta social sirve para inscribirme como demandante de empleo, ¿es "
        "cierto?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "mi hermana dice que ve el total acumulado de su pensión con la tarjeta de seguridad "
        "social, ¿yo también puedo?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "un compañero dice que el seguro médico se gestiona desde el móvil sin ir a la oficina, "
        "¿qué necesito para eso?",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi casero dice que la tarjeta de seguridad social es como un segundo DNI, ¿me sirve para "
        "identificarme?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "después de mi accidente laboral me dijeron que necesito la tarjeta social para la "
        "evaluación de capacidad laboral, ¿es así?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "a mi madre le aceptan la tarjeta ciudadana en la farmacia, según ella. ¿con qué tarjetas "
        "se compran medicinas?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "oí que los gastos médicos se reembolsan con la tarjeta ciudadana, ¿o es con otra?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "una amiga dice que todo lo de salud se hace con una sola tarjeta, ¿qué tarjetas necesito "
        "para la atención médica?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "mi compañero dice que para todo lo de dinero (pensión, desempleo) basta una tarjeta, ¿qué "
        "necesito para temas de dinero?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "me dijeron que el día a día en la ciudad es más fácil con la tarjeta ciudadana, ¿qué "
        "tarjetas sirven para la vida diaria?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "todos dicen que conseguir estas tarjetas es un lío, ¿cómo consigo una tarjeta?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "acabo de llegar a China y mi compañero de piso dice que tengo mil trámites con tarjetas, "
        "¿qué tengo que hacer?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "tarjeta social electrónica", "card:esocial"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "me dijeron que los extranjeros con visa de estudiante no pueden tener tarjeta de "
        "seguridad social, ¿es verdad?",
        "none",
    ),
    (
        "es",
        "oos",
        "mi casero dice que reponer la tarjeta ciudadana perdida cuesta 100 yuanes, ¿cuánto cuesta "
        "de verdad?",
        "none",
    ),
    ("es", "oos", "una compañera dice que la tarjeta tarda dos meses en llegar, ¿tanto?", "none"),
    (
        "es",
        "oos",
        "en el grupo de WeChat dicen que en Cantón los mayores de 60 viajan gratis en autobús con "
        "la tarjeta ciudadana, ¿es cierto?",
        "none",
    ),
    (
        "es",
        "oos",
        "mi amigo dice que la oficina de seguridad social abre los sábados por la mañana, ¿es así?",
        "none",
    ),
    (
        "es",
        "oos",
        "me dijeron que si me voy de China me devuelven lo que aporté a la pensión, ¿es verdad?",
        "none",
    ),
    (
        "es",
        "oos",
        "un compañero dice que con mi seguro médico de empleado también cubren a mis hijos, ¿es "
        "cierto?",
        "none",
    ),
    (
        "es",
        "oos",
        "el del banco me dijo que necesito pasaporte y dos fotos para sacar la tarjeta, ¿qué "
        "documentos hacen falta?",
        "none",
    ),
    (
        "es",
        "oos",
        "mi compañera dice que el seguro médico paga las gafas graduadas, ¿es verdad?",
        "none",
    ),
    (
        "es",
        "oos",
        "me dijeron que sacar el certificado electrónico del seguro médico cuesta 20 yuanes, ¿es "
        "así?",
        "none",
    ),
    (
        "es",
        "oos",
        "mi amiga dice que el seguro médico chino no cubre partos en hospitales privados, ¿es así?",
        "none",
    ),
    (
        "es",
        "oos",
        "me dijeron que la contraseña de la tarjeta se cambia en cualquier cajero, ¿es cierto?",
        "none",
    ),
    (
        "es",
        "oos",
        "dicen que si cambio de trabajo tengo que darme de baja del seguro yo mismo, ¿es así?",
        "none",
    ),
    (
        "es",
        "oos",
        "un compañero dice que pago un 8% del sueldo para la pensión, ¿es ese el porcentaje?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "me dijeron que el certificado electrónico de seguro médico lo emite la Administración "
        "Nacional de Seguros Médicos, ¿es así?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "mi compañero dice que la tarjeta de salud solo sirve para pagar, ¿para qué sirve de "
        "verdad?",
        "card:health:function",
    ),
    (
        "es",
        "card",
        "mi casero dice que la tarjeta de seguridad social no tiene base legal, ¿qué norma la "
        "regula?",
        "card:social:legal",
    ),
    (
        "es",
        "card",
        "en el grupo de WeChat dicen que la antigua tarjeta del seguro médico era poco segura, ¿es "
        "cierto?",
        "card:medical:security",
    ),
    (
        "es",
        "card",
        "una amiga dice que la tarjeta ciudadana solo vale para el autobús, ¿dónde se puede usar?",
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        "un colega dice que la tarjeta de seguridad social es «una tarjeta para todo», háblame de "
        "esa tarjeta",
        "card:social",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "un compañero dice que el certificado electrónico del seguro médico reemplazó a la tarjeta "
        "vieja del seguro médico, ¿en qué se diferencian?",
        "cmp:medical:emedical",
    ),
    (
        "es",
        "compare",
        "mi vecina dice que la tarjeta ciudadana y la tarjeta social electrónica sirven para lo "
        "mismo, ¿cuál es la diferencia?",
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        "mi jefe dice que con el certificado electrónico del seguro médico ya no necesito la "
        "tarjeta de seguridad social, ¿qué diferencia hay entre los dos?",
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "me dijeron que la tarjeta ciudadana y la de seguridad social son la misma, ¿es verdad?",
        "faq:3",
    ),
    (
        "es",
        "faq",
        "en la oficina la llamaron «tarjeta de recursos humanos y seguridad social», ¿es una "
        "tarjeta de seguridad social o es otra?",
        "faq:4",
    ),
    (
        "es",
        "faq",
        "mi amigo dice que el certificado electrónico de seguro médico y la tarjeta electrónica de "
        "seguridad social son lo mismo, ¿es cierto?",
        "faq:5",
    ),
    (
        "es",
        "faq",
        "una compañera dice que la tarjeta social solo guarda tu nombre y nada más, ¿qué registra "
        "y qué puedo hacer con ella?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "me dijeron que hay una tarjeta social para empresas además de la personal, ¿qué tipos de "
        "tarjeta de seguridad social hay?",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "me dijeron que el artículo 2 de la Ley de Seguro Social incluye el seguro de maternidad, "
        "¿qué dice ese artículo?",
        "law:sil-2",
    ),
    (
        "es",
        "law",
        "un amigo abogado dice que el artículo 3 de esa ley habla de «amplia cobertura», ¿es "
        "cierto?",
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas tardes", "greeting"),
    ("es", "greeting", "mil gracias, ya se lo explico a mi casero", "greeting"),
    ("es", "greeting", "vale, adiós", "greeting"),
)
