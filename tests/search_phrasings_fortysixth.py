"""Forty-sixth phrasing set (askers who write like a formal email: salutation, context, a
precise request, a closing), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FORTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "Dear Sir or Madam,\nI have recently relocated to Hangzhou for work and have an "
        "appointment at a public hospital next week. Could you kindly advise which card I should "
        "present at registration?\nKind regards,\nThomas Miller",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "To whom it may concern, I would like to know which of my cards allows me to pay for a "
        "consultation at the hospital cashier. Thank you in advance. Best regards",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Dear Support Team, My doctor has prescribed some medication which I intend to purchase at "
        "a designated pharmacy. Please advise which card is accepted for this purpose. Yours "
        "faithfully, A. Novak",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "Good afternoon, I am writing to enquire whether I may buy medicines at the drugstore "
        "using one of these cards and, if so, which one. With thanks, Priya",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "Dear Sir/Madam, Following a short stay in hospital last month, I wish to have my medical "
        "expenses reimbursed. Which card is required in order to complete this? Sincerely, Daniel "
        "Okafor",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "Dear colleagues, could you please clarify which card I need to claim back out-of-pocket "
        "medical costs? Many thanks and kind regards",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I should like to consult my personal health file and my previous "
        "medical records. Would you be so kind as to indicate which card gives access to them? "
        "Respectfully, Helen",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "Hello, I am preparing for a specialist appointment and need to review my past medical "
        "history. With which card can I look it up? Kind regards, J. Fischer",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I would prefer to handle my medical insurance matters online rather "
        "than in person. Kindly let me know which card or certificate is needed for that. Best "
        "wishes",
        "task:online",
    ),
    (
        "en",
        "task",
        "To the support team: please confirm which credential is used to log in and process "
        "medical insurance business over the internet. Regards, Mark",
        "task:online",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, My father-in-law, who lives with us in Chengdu, is approaching "
        "retirement. We would be grateful to learn which card he will need in order to receive his "
        "pension. Yours sincerely, the Walsh family",
        "task:pension",
    ),
    (
        "en",
        "task",
        "Good morning, I am writing to ask which card is used for collecting old-age pension "
        "payments. Thank you for your time. Kind regards, Elena",
        "task:pension",
    ),
    (
        "en",
        "task",
        "Dear Sir/Madam, Regrettably my employment contract was terminated last week. I intend to "
        "apply for unemployment insurance benefits and would appreciate knowing which card is "
        "required. Sincerely, R. Costa",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "To whom it may concern, Should I lose my position, which card would I use for "
        "unemployment registration and the related benefits? Thank you in advance.",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I sustained an injury at my workplace in March. Could you kindly "
        "inform me which card I should use to claim work-related injury benefits? With kind "
        "regards, Samuel Berg",
        "task:injury",
    ),
    (
        "en",
        "task",
        "Dear team, please advise which card is relevant for an industrial injury insurance claim "
        "following an accident at the factory. Best regards, Tom",
        "task:injury",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I would like to verify that my employer has actually been paying my "
        "social insurance contributions. Which card enables me to check this? Kind regards, Ana",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Dear Support, Could you tell me how I may consult the record of premiums paid into my "
        "pension and medical accounts, and with which card? Regards",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I commute daily by bus and subway. Is there a card among those you "
        "cover that can be used on public transport? I look forward to your reply. Kind regards",
        "task:transport",
    ),
    (
        "en",
        "task",
        "Good evening, I would like to enquire which card lets me ride the metro. Many thanks, "
        "Oliver",
        "task:transport",
    ),
    (
        "en",
        "task",
        "Dear Sir/Madam, I am keen to make use of the public reading rooms in my district. Please "
        "let me know which card grants access to such local public services. Yours faithfully, "
        "Margaret",
        "task:services",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, On occasion I am asked to prove my identity at local offices. Which of "
        "these cards serves as proof of identity? Thank you kindly, Hans",
        "task:identity",
    ),
    (
        "en",
        "task",
        "To whom it may concern: which card can be used to establish who I am when dealing with "
        "official matters? Sincerely",
        "task:identity",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I commenced employment with a company in Shenzhen this month. I should "
        "be grateful if you could explain how I obtain a social security card and whether I am "
        "eligible. Kind regards, Laura Chen",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I already hold a physical social security card and would now like the "
        "electronic version on my phone. Could you describe how this is done? Kind regards, Paul",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I have been enrolled in medical insurance since January. Please advise "
        "how I may obtain the electronic medical insurance certificate. Yours sincerely, "
        "Ms. Dubois",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, As a resident of this city I would like to apply for a citizen card. "
        "Could you set out who is entitled to one and how to apply? Best regards, George",
        ("task:getcitizen", "card:citizen:eligibility"),
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I would appreciate an overview of which cards to use for medical "
        "matters in general: consultations, medicines, reimbursements and so forth. Kind regards",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, Please provide a summary of the cards relevant to financial matters "
        "such as pensions, unemployment benefits and checking contributions. Regards, F. Moreau",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "Dear Support Team, Could you please send me your complete guide to what each card is used "
        "for, organised by task? With thanks, Karen",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "Subject: Pharmacy", "task:pharmacy"),
    ("en", "short", "Pension enquiry", "task:pension"),
    ("en", "short", "Citizen card", "card:citizen"),
    ("en", "short", "Reimbursement", "task:reimburse"),
    ("en", "short", "Health records", "task:healthfile"),
    ("en", "short", "Medical certif", "card:emedical"),
    ("en", "short", "Insurance types", "faq:6"),
    ("en", "short", "Unemployment benef", "task:unemployment"),
    ("en", "short", "Subway", "task:transport"),
    ("en", "short", "Health card", "card:health"),
    ("en", "short", "Legal basis", "law"),
    ("en", "short", "Employer registration", ("faq:9", "law:sil-58")),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "Dear Sir or Madam, I regret to inform you that I have lost my social security card while "
        "travelling. Kindly advise how I may report the loss and obtain a replacement. Yours "
        "faithfully",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir/Madam, Could you please tell me how many working days it takes for a newly "
        "requested social security card to be issued? Kind regards",
        "none",
    ),
    (
        "en",
        "oos",
        "To whom it may concern, I would like to know whether there is a fee for issuing a citizen "
        "card, and if so, how much. Many thanks",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir or Madam, My social security card expires later this year. Please explain the "
        "renewal procedure. Sincerely, Ms. Park",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Support Team, I have forgotten the PIN of my social security card and it is now "
        "locked. How may I reset it? Best regards",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir or Madam, Could you kindly state what percentage of my salary is deducted for "
        "pension insurance each month? Regards, Jonas",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir or Madam, I reside in Suzhou. Could you please tell me the specific local rules "
        "in Suzhou for merging the citizen card with the social security card? Kind regards",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir or Madam, As a foreign national holding a work permit, am I legally entitled to "
        "the same social insurance benefits as Chinese citizens? I would be grateful for "
        "clarification. Respectfully",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir/Madam, I would like to withdraw money from my housing provident fund to pay my "
        "rent. Which documents are required? Yours sincerely",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir or Madam, I will be leaving China permanently in June. Am I able to have my "
        "pension contributions refunded as a lump sum before departure? Kind regards, Mr. Hughes",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear team, I am moving from Beijing to Guangzhou for a new position. How do I transfer my "
        "social insurance account to the new city? Thank you, Sofia",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir or Madam, Could you tell me how much unemployment benefit I would receive per "
        "month and for how long? Best regards",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir or Madam, Would you kindly provide the opening hours and address of the social "
        "security bureau in Xuhui District? Thank you. Regards",
        "none",
    ),
    (
        "en",
        "oos",
        "Dear Sir or Madam, I am expecting a child in the autumn. How many weeks of paid maternity "
        "leave am I entitled to? Yours sincerely, Emma",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "Dear Sir or Madam, I still have one of the old medical insurance cards. Could you inform "
        "me which institution issued these cards? Kind regards",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "Dear Sir or Madam, For my records, may I ask which authority issues the electronic "
        "medical insurance certificate? Sincerely",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "Dear Sir/Madam, Could you clarify which body is responsible for managing health cards? "
        "Yours faithfully",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "Dear Sir or Madam, I am somewhat concerned about data protection. How secure is the "
        "social security card? Kind regards, Ingrid",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "Dear Sir or Madam, I have heard colleagues refer to a 'citizen card'. Could you please "
        "tell me about this card? Best regards",
        "card:citizen",
    ),
    (
        "en",
        "card",
        "Dear Sir or Madam, Is the electronic social security card a physical card or does it "
        "exist only in digital form? Kind regards, Victor",
        "card:esocial:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "Dear Sir or Madam, I would be grateful for a comparison between the old medical insurance "
        "card and the electronic medical insurance certificate. Regards",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "Dear Sir/Madam, Please compare the health card and the citizen card point by point. Thank "
        "you",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "Dear Sir or Madam, What distinguishes the social security card from its electronic "
        "counterpart? Kind regards",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Dear Sir or Madam, The hospital issued me a health card. Does this count as a social "
        "security card? Kind regards",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "Dear Sir or Madam, My card reads 'human resources and social security card'. Is this a "
        "social security card proper? Regards",
        "faq:4",
    ),
    (
        "en",
        "faq",
        "Dear Sir/Madam, Could you list the different types of social security card that exist? "
        "Yours faithfully",
        "faq:8",
    ),
    (
        "en",
        "faq",
        "Dear Sir or Madam, I am completing a form that asks for my social security number. What "
        "exactly is this number? Kind regards",
        "faq:10",
    ),
    (
        "en",
        "faq",
        "Dear Sir or Madam, Is my social security card the same as a medical insurance card, or "
        "are they two separate cards? Sincerely",
        "faq:2",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "Dear Sir or Madam, Could you quote the article of the Social Insurance Law on the "
        "agency's records and my right to check them free of charge? Kind regards",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        "Dear Sir or Madam, Which article of the Administrative Measures on Social Security Cards "
        "assigns responsibility for the cards to the Ministry? Regards",
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Dear Sir or Madam, Good morning. Kind regards, Robert", "greeting"),
    (
        "en",
        "greeting",
        "Thank you very much for your prompt and helpful reply. With best regards",
        "greeting",
    ),
    (
        "en",
        "greeting",
        "Dear Support Team, I am grateful for your assistance and wish you a pleasant day. Yours "
        "sincerely",
        "greeting",
    ),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "Estimados señores:\nMe he trasladado recientemente a Cantón por motivos laborales y debo "
        "acudir al hospital la próxima semana. ¿Podrían indicarme qué tarjeta debo presentar para "
        "registrarme?\nAtentamente,\nCarmen López",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "A quien corresponda: Quisiera saber con qué tarjeta puedo abonar la consulta en la caja "
        "del hospital. Agradeciendo de antemano su atención, les saluda atentamente",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Estimados señores: El médico me ha recetado unos medicamentos. ¿Qué tarjeta se acepta en "
        "las farmacias designadas para comprarlos? Un cordial saludo, Jorge",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Muy señores míos: les escribo para consultar si puedo adquirir medicinas en la farmacia "
        "con alguna de las tarjetas. Quedo a la espera de su respuesta. Atentamente",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Estimados señores: Tras una breve hospitalización el mes pasado, deseo solicitar el "
        "reembolso de los gastos médicos. ¿Qué tarjeta necesito para ello? Saludos cordiales, "
        "Lucía Fernández",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "Distinguidos señores: ¿Me podrían aclarar qué tarjeta se utiliza para que me reembolsen "
        "los gastos médicos? Sin otro particular, atentamente",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "Estimados señores: Desearía consultar mi expediente de salud y mi historial clínico. "
        "¿Serían tan amables de indicarme qué tarjeta da acceso a ellos? Atentamente, Pilar",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "Buenos días: Necesito revisar mis registros médicos anteriores antes de una cita con el "
        "especialista. ¿Con qué tarjeta puedo consultarlos? Reciban un cordial saludo",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "Estimados señores: Preferiría realizar los trámites del seguro médico por internet. Les "
        "ruego me indiquen qué tarjeta o certificado necesito. Atentamente",
        "task:online",
    ),
    (
        "es",
        "task",
        "A la atención del equipo de soporte: ¿Qué credencial se usa para gestionar en línea los "
        "asuntos del seguro médico? Saludos cordiales, Andrés",
        "task:online",
    ),
    (
        "es",
        "task",
        "Estimados señores: Mi madre, que vive con nosotros en Shanghái, se jubilará pronto. Les "
        "agradecería que me indicaran qué tarjeta necesitará para cobrar su pensión. Atentamente, "
        "Miguel Ruiz",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Muy señores míos: ¿Qué tarjeta se emplea para percibir la pensión de jubilación? "
        "Agradezco de antemano su ayuda. Un saludo",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Estimados señores: Lamentablemente, la empresa ha rescindido mi contrato. Tengo intención "
        "de solicitar la prestación por desempleo y quisiera saber qué tarjeta se requiere. "
        "Atentamente, Raúl",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "A quien corresponda: En caso de quedarme sin empleo, ¿con qué tarjeta tendría que hacer "
        "el registro de desempleo? Gracias de antemano",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Estimados señores: Sufrí un accidente en mi lugar de trabajo en marzo. ¿Podrían "
        "informarme de qué tarjeta debo utilizar para solicitar las prestaciones por accidente "
        "laboral? Atentamente, Sergio Molina",
        "task:injury",
    ),
    (
        "es",
        "task",
        "Distinguidos señores: ¿Qué tarjeta corresponde para tramitar el seguro de lesiones "
        "laborales tras un percance en la obra? Quedo atento a su respuesta",
        "task:injury",
    ),
    (
        "es",
        "task",
        "Estimados señores: Quisiera comprobar si mi empleador ha estado pagando efectivamente mis "
        "cotizaciones a la seguridad social. ¿Qué tarjeta me permite verificarlo? Un cordial "
        "saludo, Ana",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Muy señores míos: les ruego me informen de cómo puedo consultar lo aportado a mis cuentas "
        "de pensión y de seguro médico, y con qué tarjeta. Atentamente",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Estimados señores: Me desplazo a diario en autobús y en metro. ¿Existe alguna de estas "
        "tarjetas que sirva para el transporte público? Quedo a la espera de sus noticias. Saludos",
        "task:transport",
    ),
    (
        "es",
        "task",
        "Buenas tardes: quisiera saber qué tarjeta me permite viajar en metro. Muchas gracias, "
        "Óscar",
        "task:transport",
    ),
    (
        "es",
        "task",
        "Estimados señores: Me gustaría utilizar las salas de lectura públicas de mi barrio. ¿Qué "
        "tarjeta da acceso a este tipo de servicios públicos locales? Atentamente, Beatriz",
        "task:services",
    ),
    (
        "es",
        "task",
        "Estimados señores: En ocasiones me piden acreditar mi identidad en oficinas locales. "
        "¿Cuál de estas tarjetas sirve como documento identificativo? Les saluda atentamente, Hans "
        "Weber",
        "task:identity",
    ),
    (
        "es",
        "task",
        "Estimados señores: Este mes he comenzado a trabajar en una empresa de Shenzhen. Les "
        "agradecería que me explicaran cómo obtener la tarjeta de seguridad social y si tengo "
        "derecho a ella. Atentamente, Laura",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        "Estimados señores: Ya dispongo de la tarjeta física de seguridad social y ahora desearía "
        "obtener la versión electrónica en el móvil. ¿Podrían describirme el procedimiento? Un "
        "saludo cordial",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "A quien corresponda: ¿cómo se activa la tarjeta electrónica de seguridad social? "
        "Atentamente, Marcos",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "Estimados señores: Estoy afiliada al seguro médico desde enero. Les ruego me indiquen "
        "cómo puedo obtener el certificado electrónico de seguro médico. Atentamente, Sra. Vidal",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "es",
        "task",
        "Muy señores míos: ¿Quién puede solicitar el certificado electrónico del seguro médico y "
        "de qué manera? Gracias por su atención",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "es",
        "task",
        "Estimados señores: Como residente de esta ciudad, quisiera solicitar la tarjeta "
        "ciudadana. ¿Podrían explicarme quién tiene derecho a ella y cómo se tramita? Saludos "
        "cordiales, Jorge",
        ("task:getcitizen", "card:citizen:eligibility"),
    ),
    (
        "es",
        "task",
        "Estimados señores: Les agradecería una visión general de las tarjetas que sirven en la "
        "vida cotidiana: transporte, servicios públicos y acreditar la identidad. Atentamente",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "Distinguidos señores: ¿Podrían enviarme la guía completa sobre cómo obtener cada una de "
        "las tarjetas? Un cordial saludo",
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "Asunto: Farmacia", "task:pharmacy"),
    ("es", "short", "Tarjeta ciudadana", "card:citizen"),
    ("es", "short", "Reembolso gastos", "task:reimburse"),
    ("es", "short", "Historial médico", "task:healthfile"),
    ("es", "short", "Prestación desempleo", "task:unemployment"),
    ("es", "short", "Seguridad soc", "card:social"),
    ("es", "short", "Certificado electrón", "card:emedical"),
    ("es", "short", "Metro", "task:transport"),
    ("es", "short", "Tarjeta sanitaria", "card:health"),
    ("es", "short", "Accidente laboral", "task:injury"),
    ("es", "short", "Cotizaciones", "task:contributions"),
    ("es", "short", "Base jurídica", "law"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Estimados señores: Lamento comunicarles que he extraviado mi tarjeta de seguridad social. "
        "Les ruego me indiquen cómo notificar la pérdida y solicitar un duplicado. Atentamente",
        "none",
    ),
    (
        "es",
        "oos",
        "Estimados señores: ¿Cuántos días hábiles tarda en emitirse una tarjeta ciudadana nueva? "
        "Un cordial saludo",
        "none",
    ),
    (
        "es",
        "oos",
        "A quien corresponda: ¿Tiene algún coste la emisión de la tarjeta de seguridad social? En "
        "caso afirmativo, ¿cuál es el importe? Gracias",
        "none",
    ),
    (
        "es",
        "oos",
        "Estimados señores: Mi tarjeta de seguridad social caduca el próximo año. ¿Podrían "
        "explicarme el procedimiento de renovación? Atentamente, Sra. Gómez",
        "none",
    ),
    (
        "es",
        "oos",
        "Muy señores míos: He olvidado la contraseña de mi tarjeta de seguridad social y se ha "
        "bloqueado. ¿Cómo puedo restablecerla? Saludos",
        "none",
    ),
    (
        "es",
        "oos",
        "Estimados señores: ¿Qué porcentaje de mi salario se descuenta cada mes para el seguro de "
        "pensiones? Atentamente",
        "none",
    ),
    (
        "es",
        "oos",
        "Estimados señores: Resido en Nankín. ¿Me podrían indicar la normativa específica de "
        "Nankín sobre el uso de la tarjeta ciudadana en los hospitales? Un saludo",
        "none",
    ),
    (
        "es",
        "oos",
        "Estimados señores: Como extranjero con permiso de trabajo, ¿tengo derecho legalmente a "
        "las mismas prestaciones que los ciudadanos chinos? Quedo a la espera de su aclaración. "
        "Atentamente",
        "none",
    ),
    (
        "es",
        "oos",
        "Distinguidos señores: Quisiera retirar dinero del fondo de previsión para la vivienda "
        "para pagar el alquiler. ¿Qué documentación necesito? Atentamente",
        "none",
    ),
    (
        "es",
        "oos",
        "Estimados señores: Dejaré China definitivamente en junio. ¿Puedo solicitar la devolución "
        "de mis cotizaciones de pensión antes de marcharme? Un saludo cordial",
        "none",
    ),
    (
        "es",
        "oos",
        "Estimados señores: Me traslado de Pekín a Cantón por un nuevo empleo. ¿Cómo transfiero mi "
        "cuenta de seguridad social a la nueva ciudad? Gracias, Sofía",
        "none",
    ),
    (
        "es",
        "oos",
        "Estimados señores: ¿Cuánto cobraría al mes por desempleo y durante cuánto tiempo? "
        "Atentamente",
        "none",
    ),
    (
        "es",
        "oos",
        "Estimados señores: ¿Puedo incluir a mis hijos como beneficiarios de mi seguro médico? Les "
        "agradezco de antemano su respuesta.",
        "none",
    ),
    (
        "es",
        "oos",
        "A quien corresponda: He cambiado de número de teléfono y de domicilio. ¿Cómo actualizo "
        "estos datos en mi tarjeta de seguridad social? Atentamente",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "Estimados señores: ¿Qué organismo emite la tarjeta electrónica de seguridad social? "
        "Atentamente",
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        "Estimados señores: ¿Podrían explicarme qué es exactamente el certificado electrónico de "
        "seguro médico? Un cordial saludo",
        ("card:emedical", "card:emedical:what"),
    ),
    (
        "es",
        "card",
        "Muy señores míos: ¿Es segura la antigua tarjeta del seguro médico? Me preocupa la "
        "protección de mis datos. Atentamente",
        "card:medical:security",
    ),
    (
        "es",
        "card",
        "Estimados señores: ¿En qué ámbitos y lugares se puede usar la tarjeta ciudadana? Saludos "
        "cordiales",
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        "Distinguidos señores: ¿Para qué sirve exactamente la tarjeta sanitaria? Quedo atento a su "
        "respuesta",
        "card:health:function",
    ),
    (
        "es",
        "card",
        "Estimados señores: ¿Qué norma regula la tarjeta de seguridad social? Les agradezco su "
        "atención. Atentamente",
        "card:social:legal",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "Estimados señores: Les ruego me detallen las diferencias entre la antigua tarjeta del "
        "seguro médico y la tarjeta sanitaria. Atentamente",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        "Estimados señores: ¿En qué se diferencian la tarjeta electrónica de seguridad social y la "
        "tarjeta ciudadana? Un saludo cordial",
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        "Distinguidos señores: Les agradecería una comparación punto por punto entre la tarjeta de "
        "seguridad social y el certificado electrónico de seguro médico. Atentamente",
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "Estimados señores: ¿La tarjeta ciudadana y la tarjeta de seguridad social son una misma "
        "tarjeta? Atentamente",
        "faq:3",
    ),
    (
        "es",
        "faq",
        "Estimados señores: ¿Son lo mismo el certificado electrónico de seguro médico y la tarjeta "
        "electrónica de seguridad social? Un cordial saludo",
        "faq:5",
    ),
    ("es", "faq", "Muy señores míos: ¿Qué clases de seguro social existen? Atentamente", "faq:6"),
    (
        "es",
        "faq",
        "Estimados señores: ¿Qué registra la tarjeta de seguridad social y qué trámites puedo "
        "hacer con ella? Saludos cordiales",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "Estimados señores: ¿En qué plazo debe darme de alta mi empresa en la seguridad social? "
        "Atentamente, Irene",
        ("faq:9", "law:sil-58"),
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "Estimados señores: ¿Qué principios del sistema de seguro social recoge el artículo 3 de "
        "la Ley de Seguro Social? Atentamente",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "Estimados señores: Les agradecería que me citaran el artículo de las Medidas "
        "Administrativas sobre tarjetas de seguridad social que fija el principio de «una tarjeta, "
        "múltiples usos». Atentamente",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    (
        "es",
        "greeting",
        "Estimados señores: Reciban un cordial saludo. Atentamente, Marta",
        "greeting",
    ),
    (
        "es",
        "greeting",
        "Les agradezco enormemente su amable y rápida respuesta. Atentamente",
        "greeting",
    ),
    (
        "es",
        "greeting",
        "Buenos días. Quedo a su disposición y les deseo una buena jornada. Un cordial saludo",
        "greeting",
    ),
)
