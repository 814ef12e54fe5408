"""Hundred-and-fifty-sixth phrasing set (very polite, long-winded, formal writers), written blind
from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFIFTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "Good afternoon. I would be most grateful if you could kindly advise which of my "
            "cards I ought to present when registering at a hospital for a consultation."
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "Might I trouble you to explain whether I may pay for my prescription medicines at a "
            "pharmacy using one of these cards, and if so, which one?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I should be much obliged if you would tell me how one goes about having one's "
            "medical expenses reimbursed, and which card is required for that purpose."
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "Would you be so kind as to inform me how I might consult my personal health file, as"
            " I wish to review my past medical records?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "I would greatly appreciate your guidance on how I may handle my medical insurance "
            "matters online, without having to attend an office in person."
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "My father has recently retired, and I would be most grateful to learn which card he "
            "should use in order to collect his pension."
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "I regret to say that I have lost my employment. Could you kindly advise me which "
            "card I need in order to apply for unemployment insurance benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "Dear Sir or Madam, I was unfortunately injured at my workplace last month; may I "
            "respectfully ask which card would assist me in claiming work-related injury "
            "benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "I would be exceedingly grateful if you could explain how I may verify the social "
            "insurance contributions which my employer has paid on my behalf."
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "Please forgive my ignorance, but is there a card which I may use to ride the buses "
            "and the subway in my city?"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "I wonder whether you might be good enough to tell me which card grants access to "
            "local public services, such as the public reading rooms."
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "In the event that I am asked to prove my identity, would I be correct in assuming "
            "that one of these cards may serve that purpose? Kindly advise."
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "I have recently commenced employment here and would be most grateful for advice on "
            "how I might obtain a social security card."
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "Could you kindly explain the procedure by which I may obtain the electronic social "
            "security card, should I wish to have one on my telephone?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "I would be most obliged if you could let me know who is entitled to receive the "
            "electronic medical insurance certificate, and how one obtains it."
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "Respectfully, I should like to know whether I, as a resident of this city, may apply"
            " for the citizen card, and by what means."
        ),
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "Good morning. I would be very grateful if you could give me an overview of the "
            "various things I may accomplish with these cards."
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "May I ask, with the utmost respect, what matters relating to medical care and "
            "doctors these cards can help me with?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "I should be grateful for your advice regarding the financial matters, such as "
            "pensions and benefits, which these cards enable one to handle."
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "Would you kindly tell me what these cards can do to assist me with everyday life in "
            "the city, for instance travel and local services?"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        (
            "I would be most appreciative if you could outline how one obtains each of these "
            "cards, as I have none at present."
        ),
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "Forgive me for troubling you once more; I am due to collect medicine from a "
            "designated pharmacy tomorrow and wish to know wether my social security card will be"
            " accepted."
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I have an appointment at the hospital next week and would be grateful to know "
            "whether the health card is the appropriate card for registration and payment there."
        ),
        ("task:hospital", "card:health:function"),
    ),
    (
        "en",
        "task",
        (
            "Kindly permit me to ask: is it possible to check the total accumulated amount of my "
            "pension and medical insurance, and if so, by what means?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I would be most thankful if you could clarify whether the electronic medical "
            "insurance certificate can be used for transacting medical insurance business on the "
            "internet."
        ),
        ("task:online", "card:emedical:function"),
    ),
    (
        "en",
        "task",
        (
            "A dear friend of mine has recently lost his position; I would be much obliged if you"
            " could tell me how he might complete the unemployment registration."
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "I am contemplating the purchase of a monthly subway pass, but would first like to "
            "know, if you would be so kind, whether the citizen card may be used on public "
            "transport."
        ),
        ("task:transport", "card:citizen:function"),
    ),
    (
        "en",
        "task",
        (
            "Respectfully, may the social security card be used as a form of identification? I "
            "have been told it is akin to a second identity card."
        ),
        ("task:identity", "card:social:function"),
    ),
    (
        "en",
        "task",
        (
            "I am writing to enquire, if I may, how my elderly mother might look up her medical "
            "history and health records, as she has been rather unwell of late."
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "I would be most grateful to know whether I must first obtain the physical social "
            "security card before I can activate the electronic version. Thank you kindly for "
            "your patience."
        ),
        "task:getesocial",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "health card", "card:health"),
    ("en", "short", "Citizen car", "card:citizen"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "Reimbursement", "task:reimburse"),
    ("en", "short", "electronic medical", "card:emedical"),
    ("en", "short", "Subway", "task:transport"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "laws", "law"),
    ("en", "short", "social security numb", "faq:10"),
    ("en", "short", "unemployment benef", "task:unemployment"),
    ("en", "short", "Insurance types", "faq:6"),
    ("en", "short", "e-social card", "card:esocial"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "I would be most grateful if you could kindly advise me what I ought to do, as I have"
            " regrettably mislaid my social security card."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Might I ask how long it customarily takes for a new social security card to be "
            "issued once the application has been submitted?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Would you be so kind as to inform me whether there is any fee payable for the "
            "issuance of the citizen card?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I should be much obliged if you could provide me with the telephone number of the "
            "local social insurance agency."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Could you kindly tell me the opening hours of the human resources and social "
            "security bureau at the weekend?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "As a foreign national working in Shanghai, I would be grateful to learn whether I am"
            " permitted to withdraw my pension contributions upon leaving China."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I would greatly appreciate your advice as to whether I may transfer my social "
            "insurance from Beijing to Shenzhen when I change employers."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Please forgive the intrusion, but could you possibly recommend a reputable English-"
            "speaking dentist in Guangzhou?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I would be most grateful to know how much my monthly pension will amount to after "
            "fifteen years of contributions."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Would you kindly advise how I may reset the PIN of my social security card, as I am "
            "afraid I have forgotten it?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "May I respectfully enquire whether my wife, who does not work, may be added to my "
            "medical insurance as a dependant?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I would be much obliged if you could explain how I am to renew my residence permit. "
            "With many thanks in advance."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Could you possibly tell me what percentage of my salary is deducted each month for "
            "social insurance?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Would you kindly tell me which bank I should choose to link with my social security "
            "card so as to incur the lowest charges?"
        ),
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "I would be most grateful if you could kindly explain what precisely the health card "
            "is."
        ),
        "card:health",
    ),
    (
        "en",
        "card",
        (
            "Would you be so kind as to tell me which authority issues the electronic medical "
            "insurance certificate?"
        ),
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        (
            "I should like to enquire, if I may, what information the social security card "
            "records about its holder."
        ),
        ("card:social:records", "faq:7"),
    ),
    (
        "en",
        "card",
        (
            "May I ask, most respectfully, which body is responsible for issuing the citizen "
            "card?"
        ),
        "card:citizen:issuer",
    ),
    (
        "en",
        "card",
        (
            "I would be grateful to understand what security features the social security card "
            "possesses, as I am rather concerned about fraud."
        ),
        "card:social:security",
    ),
    (
        "en",
        "card",
        (
            "Could you kindly tell me upon what legal basis the social security card is issued "
            "and governed?"
        ),
        "card:social:legal",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "I would be most grateful if you could explain the difference between the old medical"
            " insurance card and the electronic medical insurance certificate."
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        (
            "Would you kindly set out for me in what respects the social security card differs "
            "from its electronic counterpart?"
        ),
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        (
            "I confess I am rather confused; might you be so good as to compare the health card "
            "and the citizen card for me?"
        ),
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "I would be most grateful to know whether the health card may properly be regarded as"
            " a social security card."
        ),
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "Could you kindly confirm whether a human resources and social security card is, in "
            "fact, a social security card?"
        ),
        "faq:4",
    ),
    (
        "en",
        "faq",
        (
            "Would you be so good as to tell me what kinds of social insurance exist in China?"
        ),
        "faq:6",
    ),
    (
        "en",
        "faq",
        (
            "I should be obliged if you could tell me within what period my employer is required "
            "to register me for social insurance after I start work."
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        (
            "May I ask what exactly my social security number is, and whether it differs from my "
            "identity number?"
        ),
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "I would be most grateful if you could kindly direct me to the laws which govern "
            "these cards."
        ),
        "law",
    ),
    (
        "en",
        "law",
        (
            "Would you kindly tell me what Article 74 of the Social Insurance Law provides?"
        ),
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Good morning, I do hope you are well.", "greeting"),
    ("en", "greeting", "Thank you ever so much for your kind and patient assistance.", "greeting"),
    ("en", "greeting", "With my sincere thanks, I shall now bid you good day.", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "Buenos días. Le agradecería mucho que me indicara usted qué tarjeta debo presentar "
            "para pedir cita en el hospital."
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "¿Sería usted tan amable de decirme si puedo comprar medicamentos en la farmacia con "
            "alguna de estas tarjetas?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "Le ruego tenga la bondad de explicarme cómo puedo solicitar el reembolso de mis "
            "gastos médicos."
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "Me permito preguntarle, con todo respeto, de qué manera podría consultar mi "
            "expediente de salud personal."
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "Le estaría sumamente agradecida si me explicara cómo realizar los trámites del "
            "seguro médico por internet, sin tener que desplazarme a una oficina."
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "Mi madre acaba de jubilarse; ¿tendría usted la amabilidad de indicarme con qué "
            "tarjeta puede cobrar su pensión?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "Lamentablemente me he quedado sin empleo. Le agradecería que me orientara sobre cómo"
            " solicitar la prestación por desempleo."
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Estimado señor o señora: sufrí un accidente laboral; ¿podría usted indicarme qué "
            "tarjeta necesito para tramitar las prestaciones por lesión en el trabajo?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "Quisiera, si no es molestia, saber cómo comprobar las cotizaciones que mi empresa ha"
            " pagado a la seguridad social en mi nombre."
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "Disculpe usted mi ignorancia, pero ¿existe alguna tarjeta que me permita viajar en "
            "autobús y en metro?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "Le agradecería enormemente que me dijera con qué tarjeta puedo acceder a los "
            "servicios públicos locales, como las salas de lectura."
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "¿Tendría la gentileza de aclararme si alguna de estas tarjetas me sirve para "
            "acreditar mi identidad?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "Acabo de incorporarme a una empresa aquí y le quedaría muy agradecido si me "
            "explicara cómo obtener la tarjeta de seguridad social."
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "Le ruego me indique, por favor, cómo puedo activar la tarjeta electrónica de "
            "seguridad social en mi teléfono móvil."
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "¿Sería tan amable de decirme quién puede obtener el certificado electrónico del "
            "seguro médico y de qué manera?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        (
            "Con el debido respeto, desearía saber cómo puede un residente de esta ciudad "
            "solicitar la tarjeta ciudadana."
        ),
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "Muy buenas tardes. Le agradecería que me diera una visión general de los trámites "
            "que puedo realizar con estas tarjetas."
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "¿Podría usted indicarme, por favor, en qué asuntos relacionados con la atención "
            "médica me pueden ayudar estas tarjetas?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "Le estaría muy agradecido si me explicara qué gestiones de dinero, como pensiones o "
            "prestaciones, se pueden hacer con las tarjetas."
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "Le ruego me informe de qué manera estas tarjetas pueden facilitarme la vida "
            "cotidiana en la ciudad."
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        (
            "Tendría usted la bondad de explicarme cómo se consigue cada una de estas tarjetas? "
            "Todavía no dispongo de ninguna."
        ),
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "Mañana debo recoger unos medicamentos en una farmacia designada; ¿me aceptarán allí "
            "la tarjeta de seguridad social, si me permite la pregunta?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "Tengo consulta en el hospital la semana próxima y quisiera saber si la tarjeta de "
            "salud sirve para registrarme y pagar allí."
        ),
        ("task:hospital", "card:health:function"),
    ),
    (
        "es",
        "task",
        (
            "Le agradecería que me indicara si es posible consultar el importe acumulado de mi "
            "seguro de pensiones y de mi seguro médico."
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "¿Me permite preguntarle si el certificado electrónico de seguro médico sirve para "
            "gestionar el seguro médico en línea?"
        ),
        ("task:online", "card:emedical:function"),
    ),
    (
        "es",
        "task",
        (
            "Un colega padece una enfermedad profesional; ¿sería usted tan amable de indicarme "
            "cómo puede solicitar la evaluación de su capacidad laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "Antes de comprar un abono de transporte, le agradecería saber si la tarjeta "
            "ciudadana puede usarse en el metro y para alquilar coches."
        ),
        ("task:transport", "card:citizen:function"),
    ),
    (
        "es",
        "task",
        (
            "Me han comentado que la tarjeta de seguridad social equivale a un segundo documento "
            "de identidad; ¿sería tan amable de confirmármelo?"
        ),
        ("task:identity", "card:social:function"),
    ),
    (
        "es",
        "task",
        (
            "Mi anciano padre desea consultar su historial médico; le quedaría muy agradecida si "
            "me indicara cómo puede hacerlo."
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "Quisiera saber, si me lo permite, si necesito tener primero la tarjeta física de "
            "seguridad social para poder obtener la electronica."
        ),
        "task:getesocial",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "certificado electrónico", "card:emedical"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "número de seguridad", "faq:10"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "cotizaciones", "task:contributions"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        (
            "Le agradecería mucho que me indicara usted qué debo hacer, pues lamentablemente he "
            "extraviado mi tarjeta de seguridad social."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Sería tan amable de decirme cuánto tiempo tarda normalmente la emisión de la "
            "tarjeta ciudadana?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Quisiera saber, si no es molestia, si hay que pagar alguna tasa por la tarjeta "
            "electrónica de seguridad social."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Le ruego me facilite el número de teléfono de la oficina de seguridad social de "
            "Cantón."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Podría usted indicarme el horario de atención al público de la oficina de recursos "
            "humanos y seguridad social?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Como extranjero que trabaja en Pekín, le agradecería saber si puedo recuperar mis "
            "cotizaciones de pensión cuando abandone China."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Le estaría muy agradecido si me explicara cómo trasladar mi seguro social de una "
            "provincia a otra al cambiar de trabajo."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Disculpe la molestia, pero ¿podría usted recomendarme un buen restaurante español en"
            " Shanghái?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Quisiera saber, con todo respeto, qué porcentaje de mi sueldo se descuenta cada mes "
            "para la seguridad social."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Le agradecería que me explicara cómo cambiar la contraseña de mi tarjeta de "
            "seguridad social, pues la he olvidado."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Tendría la amabilidad de decirme si mis hijos pueden quedar cubiertos por mi seguro"
            " médico?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Le ruego me indique cómo renovar mi permiso de residencia; le quedo muy agradecida "
            "de antemano."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Me permitiría preguntarle si el seguro médico chino cubre los tratamientos "
            "dentales?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Le agradecería sobremanera que me dijera qué banco conviene elegir para vincular mi "
            "tarjeta de seguridad social."
        ),
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "Le agradecería que me explicara usted en qué consiste exactamente la antigua tarjeta"
            " del seguro médico."
        ),
        "card:medical",
    ),
    (
        "es",
        "card",
        (
            "¿Sería tan amable de indicarme quién emite la tarjeta electrónica de seguridad "
            "social?"
        ),
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        (
            "Quisiera saber, si me lo permite, qué aspecto tiene la tarjeta de seguridad social y"
            " qué datos lleva impresos."
        ),
        "card:social:form",
    ),
    (
        "es",
        "card",
        (
            "¿Tendría la bondad de explicarme en qué ámbitos puede utilizarse la tarjeta "
            "ciudadana?"
        ),
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        (
            "¿Podría usted explicarme, por favor, qué es el certificado electrónico del seguro "
            "médico?"
        ),
        "card:emedical",
    ),
    (
        "es",
        "card",
        (
            "Le quedaría muy agradecida si me dijera para qué sirve exactamente la tarjeta de "
            "salud."
        ),
        "card:health:function",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "¿Sería usted tan amable de explicarme en qué se diferencian la tarjeta de seguridad "
            "social y el certificado electrónico de seguro médico?"
        ),
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        (
            "Le agradecería que me detallara las diferencias entre la tarjeta de salud y la "
            "tarjeta de seguridad social."
        ),
        ("cmp:social:health", "faq:1"),
    ),
    (
        "es",
        "compare",
        (
            "Quisiera, si no es mucha molestia, que me comparara la antigua tarjeta del seguro "
            "médico con la tarjeta ciudadana."
        ),
        "cmp:medical:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "Le agradecería mucho que me aclarara si la tarjeta de seguridad social y la tarjeta "
            "del seguro médico son la misma."
        ),
        "faq:2",
    ),
    (
        "es",
        "faq",
        (
            "¿Tendría usted la bondad de decirme si la tarjeta ciudadana y la tarjeta de "
            "seguridad social son una misma tarjeta?"
        ),
        "faq:3",
    ),
    (
        "es",
        "faq",
        (
            "Quisiera saber, con el mayor respeto, si el certificado electrónico de seguro médico"
            " es lo mismo que la tarjeta electrónica de seguridad social."
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        (
            "Le ruego me explique qué información registra la tarjeta de seguridad social y qué "
            "puedo hacer con ella."
        ),
        "faq:7",
    ),
    (
        "es",
        "faq",
        (
            "¿Podría indicarme usted cuántos tipos de tarjeta de seguridad social existen?"
        ),
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "Le agradecería que me indicara en qué leyes se fundamentan estas tarjetas."
        ),
        "law",
    ),
    (
        "es",
        "law",
        (
            "¿Sería tan amable de explicarme qué establece el artículo 3 de las Medidas "
            "Administrativas sobre las Tarjetas de Seguridad Social?"
        ),
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "Muy buenos días, espero que se encuentre usted bien.", "greeting"),
    ("es", "greeting", "Le quedo profundamente agradecido por su amable ayuda.", "greeting"),
    (
        "es",
        "greeting",
        (
            "Reciba un cordial saludo y muchas gracias; que tenga usted un buen día."
        ),
        "greeting",
    ),
)
