"""Twenty-ninth phrasing set (HR and office administrators at companies in China asking for
their employees), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWENTYNINTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task",
     "new hire from canada has a doctor appointment thursday, which card should she bring "
     "to register and pay at the hospital", "task:hospital"),
    ("en", "task",
     "Good afternoon. An employee of ours fell ill at the office and is going to the hospital "
     "today. Which card should he present at registration?", "task:hospital"),
    ("en", "task",
     "Colleague asks if she can use any of her cards to buy medicine at the pharmacy "
     "downstairs. which one works", "task:pharmacy"),
    ("en", "task",
     "hi, HR here. staff keep asking me which card to swipe at a designated drugstore "
     "for their prescriptions", "task:pharmacy"),
    ("en", "task",
     "One of our engineers paid out of pocket for a hospital stay last month. Which card "
     "does he need to get the medical costs reimbursed?", "task:reimburse"),
    ("en", "task",
     "how do employees get their medical bills reimbursed, what card do they use",
     "task:reimburse"),
    ("en", "task",
     "An expat employee wants to look up her records from previous visits to the local "
     "clinic. Which card gives access to that?", "task:healthfile"),
    ("en", "task",
     "colleague wants to check his personal health file before his annual checkup, "
     "which card is that", "task:healthfile"),
    ("en", "task",
     "Our team would like to handle medical insurance matters online instead of queueing "
     "at the bureau. What credential do they need for that?", "task:online"),
    ("en", "task",
     "which one do staff use for medical insurance business in the app / online",
     "task:online"),
    ("en", "task",
     "A long-serving Chinese colleague retires in March and asked me which card she will "
     "need to receive her pension", "task:pension"),
    ("en", "task",
     "Retiring employee wants to know what card to use for drawing his monthly pension, "
     "pls advise", "task:pension"),
    ("en", "task",
     "We are ending a contract at the end of the month. The employee asked which card he "
     "needs to apply for unemployment benefits. Can you tell me?", "task:unemployment"),
    ("en", "task",
     "staff member resigned, she wants to register as unemployed and claim benefits, "
     "which card", "task:unemployment"),
    ("en", "task",
     "One of our warehouse workers injured his hand on the job yesterday. Which card does "
     "he use to apply for work-related injury benefits?", "task:injury"),
    ("en", "task",
     "Dear Sir/Madam, an employee was hurt while on a business trip and we are preparing "
     "the work injury claim. Which card is needed to apply for industrial injury insurance "
     "benefits? Kind regards, HR Dept.", "task:injury"),
    ("en", "task",
     "worker got hurt on site, needs a labour capacity appraisal for the injury, what card "
     "do we use for that", "task:injury"),
    ("en", "task",
     "An employee doubts the company has paid her social insurance every month. How can "
     "she check her contributions herself?", "task:contributions"),
    ("en", "task",
     "how can staff see how much has been paid into their pension and medical accounts "
     "so far", "task:contributions"),
    ("en", "task",
     "Interns keep asking if there is a card they can use on the bus and subway. "
     "Which one is it?", "task:transport"),
    ("en", "task",
     "is there a card our staff can tap on the metro for the commute", "task:transport"),
    ("en", "task",
     "A colleague would like to use the public reading room at the district library. "
     "Which card would let her do that?", "task:services"),
    ("en", "task",
     "Which card can a Chinese colleague use as proof of identity, apart from the ID card "
     "itself?", "task:identity"),
    ("en", "task",
     "do any of these cards count as ID? need something to show who an employee is at the "
     "service hall", "task:identity"),
    ("en", "task",
     "We onboard three new hires next week. How do they get a social security card?",
     "task:getsocial"),
    ("en", "task",
     "New staff member asks who can apply for a social security card and how it works. "
     "What should I tell her?", "task:getsocial"),
    ("en", "task",
     "Colleague already has the physical social security card and wants the electronic "
     "version on his phone. How does he get it?", "task:getesocial"),
    ("en", "task",
     "How do our employees obtain the electronic medical insurance certificate? "
     "Who is eligible?", "task:getemedical"),
    ("en", "task",
     "several local employees asked how to get a citizen card, who is it for and how do "
     "they get one", "task:getcitizen"),
    ("en", "task",
     "Could you give me an overview of which card handles the money side for staff: "
     "pensions, unemployment pay, injury benefits, contributions?", "tasks:money"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "electronic ssc", "card:esocial"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "law articles", "law"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos",
     "An employee lost her social security card on the subway. What is the procedure to get "
     "a replacement?", "none"),
    ("en", "oos",
     "how many working days does it usually take to receive the social security card after "
     "we submit the application", "none"),
    ("en", "oos",
     "Is there a fee for making the social security card, and does the company or the "
     "employee pay it?", "none"),
    ("en", "oos", "Colleague's card expires next month. How do we renew it?", "none"),
    ("en", "oos",
     "employee forgot the PIN on his social security card and now its locked, what to do",
     "none"),
    ("en", "oos",
     "What is the current employer contribution rate for pension insurance in Shanghai?",
     "none"),
    ("en", "oos",
     "Do the rules in Shenzhen differ when registering foreign staff for social insurance?",
     "none"),
    ("en", "oos",
     "Our German manager asks whether he can be exempt from Chinese social insurance because "
     "of the bilateral agreement. Is he?", "none"),
    ("en", "oos",
     "also need to know how to open a housing provident fund account for new hires", "none"),
    ("en", "oos",
     "A foreign employee is leaving China for good. Can she withdraw her pension "
     "contributions as a lump sum before she goes?", "none"),
    ("en", "oos",
     "How much compensation is a worker entitled to for a finger broken at work?", "none"),
    ("en", "oos",
     "Employee relocating from Beijing to our Chengdu office - how do we transfer his social "
     "insurance account?", "none"),
    ("en", "oos",
     "how many days of maternity leave does a female employee get in guangdong", "none"),
    ("en", "oos",
     "The employee's name is misspelled on her card. How do we get it corrected?", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card",
     "Quick question from HR: what actually is the citizen card? Several staff mention it.",
     "card:citizen"),
    ("en", "card",
     "who issues the electronic medical insurance certificate, the medical insurance people "
     "or the HR bureau?", "card:emedical:issuer"),
    ("en", "card",
     "Is the electronic social security card a separate physical card or only digital in "
     "an app?", "card:esocial:form"),
    ("en", "card",
     "who manages health cards - the local health department or the hospital itself?",
     "card:health:manager"),
    ("en", "card",
     "How secure was the old medical insurance card? A colleague still carries one.",
     "card:medical:security"),
    ("en", "card",
     "What is the legal basis for the social security card? I need it for our compliance "
     "file.", "card:social:legal"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare",
     "What's the difference between the social security card and the electronic social "
     "security card? New hires keep mixing them up", "cmp:social:esocial"),
    ("en", "compare",
     "old medical insurance card vs electronic medical insurance certificate, how do they "
     "compare", "cmp:medical:emedical"),
    ("en", "compare",
     "Could you compare the health card and the citizen card for me? I need to brief our "
     "foreign staff.", "cmp:health:citizen"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq",
     "We hired someone on the 1st. By when do we have to register her for social insurance?",
     "faq:9"),
    ("en", "faq",
     "what is an employee's social security number, is it different from their ID number",
     "faq:10"),
    ("en", "faq",
     "What kinds of social insurance are there? I need the list for our onboarding pack.",
     "faq:6"),
    ("en", "faq",
     "Is a 'human resources and social security card' the same thing as a social security "
     "card? Our forms use both terms.", "faq:4"),
    ("en", "faq",
     "what types of social security card exist? heard there is an employer version too",
     "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law",
     "What does Article 74 of the Social Insurance Law say about the records the agency "
     "keeps?", "law:sil-74"),
    ("en", "law",
     "Please show me Article 3 of the Administrative Measures on Social Security Cards, "
     "on which department is responsible", "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting",
     "Good morning, I'm the HR officer at a logistics company in Suzhou", "greeting"),
    ("en", "greeting", "Thanks, that clears it up for our onboarding pack", "greeting"),
    ("en", "greeting", "that's all for today, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task",
     "Buenos días, una empleada nueva tiene cita en el hospital mañana. ¿Qué tarjeta debe "
     "llevar para registrarse y pagar?", "task:hospital"),
    ("es", "task",
     "un compañero se encuentra mal y va al hospital, q tarjeta tiene q presentar",
     "task:hospital"),
    ("es", "task",
     "¿Con qué tarjeta pueden nuestros empleados comprar medicamentos en una farmacia "
     "designada?", "task:pharmacy"),
    ("es", "task",
     "la gente de la oficina me pregunta que tarjeta usar en la farmacia para las recetas",
     "task:pharmacy"),
    ("es", "task",
     "Un trabajador adelantó el pago de una operación. ¿Qué tarjeta necesita para que le "
     "reembolsen los gastos médicos?", "task:reimburse"),
    ("es", "task",
     "como se hace el reembolso de gastos medicos de un empleado, que tarjeta se usa",
     "task:reimburse"),
    ("es", "task",
     "Una empleada quiere consultar su expediente de salud y el historial de sus visitas "
     "médicas. ¿Con qué tarjeta puede hacerlo?", "task:healthfile"),
    ("es", "task",
     "Queremos que el personal gestione los trámites del seguro médico por internet. "
     "¿Qué credencial necesitan?", "task:online"),
    ("es", "task",
     "para hacer gestiones del seguro medico online desde el movil que usan los empleados",
     "task:online"),
    ("es", "task",
     "Un empleado chino se jubila este año y me pregunta con qué tarjeta cobrará la pensión.",
     "task:pension"),
    ("es", "task",
     "¿Qué tarjeta se usa para recibir la pensión de jubilación? Es para una compañera que "
     "se retira.", "task:pension"),
    ("es", "task",
     "Vamos a rescindir el contrato de un trabajador. ¿Qué tarjeta necesita para solicitar "
     "la prestación por desempleo?", "task:unemployment"),
    ("es", "task",
     "empleado despedido quiere hacer el registro de desempleo, q tarjeta le hace falta",
     "task:unemployment"),
    ("es", "task",
     "Una empleada termina su contrato y quiere inscribirse como demandante de empleo y "
     "pedir el subsidio de paro. ¿Qué tarjeta le sirve?", "task:unemployment"),
    ("es", "task",
     "Un operario se cortó la mano en la fábrica. ¿Con qué tarjeta tramita las prestaciones "
     "por accidente de trabajo?", "task:injury"),
    ("es", "task",
     "Estimados señores: uno de nuestros técnicos sufrió una lesión laboral y necesita la "
     "evaluación de capacidad laboral. ¿Qué tarjeta debe utilizar? Atentamente, RR. HH.",
     "task:injury"),
    ("es", "task",
     "Un empleado quiere comprobar que la empresa ha pagado sus cotizaciones a la seguridad "
     "social. ¿Cómo puede consultarlo?", "task:contributions"),
    ("es", "task",
     "como puede ver un trabajador cuanto lleva acumulado en su pension y seguro medico",
     "task:contributions"),
    ("es", "task",
     "¿Hay alguna tarjeta que sirva para el autobús y el metro? Los becarios me lo preguntan "
     "a diario.", "task:transport"),
    ("es", "task",
     "Una compañera quiere usar la sala de lectura pública del barrio. ¿Qué tarjeta "
     "necesita?", "task:services"),
    ("es", "task",
     "¿Con qué tarjeta se accede a los servicios públicos locales? Es para informar a los "
     "nuevos empleados.", "task:services"),
    ("es", "task",
     "¿Cuál de estas tarjetas sirve para acreditar la identidad de un empleado?",
     "task:identity"),
    ("es", "task",
     "Tenemos dos incorporaciones el lunes. ¿Cómo obtienen la tarjeta de seguridad social?",
     "task:getsocial"),
    ("es", "task",
     "quien puede sacar la tarjeta de seguridad social y como se solicita? me lo pregunta "
     "un trabajador nuevo", "task:getsocial"),
    ("es", "task",
     "Un empleado ya tiene la tarjeta física de seguridad social y quiere activar la versión "
     "electrónica. ¿Cómo lo hace?", "task:getesocial"),
    ("es", "task",
     "como se consigue la tarjeta electronica de seguridad social en el movil",
     "task:getesocial"),
    ("es", "task",
     "¿Quién puede obtener el certificado electrónico de seguro médico y cómo se solicita?",
     "task:getemedical"),
    ("es", "task",
     "nuestros empleados ya tienen seguro médico, cómo consiguen el certificado electrónico "
     "del seguro médico", "task:getemedical"),
    ("es", "task",
     "Varios empleados locales quieren la tarjeta ciudadana. ¿Cómo se consigue?",
     "task:getcitizen"),
    ("es", "task",
     "Necesito un resumen para el personal: qué tarjeta usar para todo lo médico, consultas, "
     "farmacia, historial de salud...", "tasks:care"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "seg social", "card:social"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "legislación", "law"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos",
     "Un empleado ha perdido la tarjeta de seguridad social. ¿Cómo se pide un duplicado?",
     "none"),
    ("es", "oos",
     "¿Cuánto tarda en emitirse la tarjeta de seguridad social para un empleado nuevo?",
     "none"),
    ("es", "oos",
     "cuanto cuesta hacer la tarjeta, lo paga la empresa o el trabajador?", "none"),
    ("es", "oos", "La tarjeta de una compañera caduca pronto, ¿cómo se renueva?", "none"),
    ("es", "oos",
     "Un trabajador bloqueó la tarjeta por meter mal la contraseña tres veces. ¿Cómo la "
     "desbloquea?", "none"),
    ("es", "oos",
     "¿Cuál es el porcentaje de cotización de la empresa al seguro médico en Pekín este año?",
     "none"),
    ("es", "oos",
     "¿En Cantón hay requisitos especiales para dar de alta a extranjeros en la seguridad "
     "social?", "none"),
    ("es", "oos",
     "Nuestro director es español, ¿puede quedar exento de cotizar en China por el convenio "
     "bilateral con España?", "none"),
    ("es", "oos",
     "¿Cómo damos de alta a los empleados en el fondo de vivienda (gongjijin)?", "none"),
    ("es", "oos",
     "Una empleada extranjera deja China definitivamente, ¿puede recuperar lo que cotizó "
     "para la pensión?", "none"),
    ("es", "oos",
     "¿Cuánto cobrará de indemnización un empleado que se rompió la pierna en el almacén?",
     "none"),
    ("es", "oos",
     "un trabajador se traslada de shanghai a shenzhen, como se transfiere su seguridad "
     "social", "none"),
    ("es", "oos",
     "¿Cuántos días de baja por enfermedad pagada le corresponden a un empleado?", "none"),
    ("es", "oos",
     "¿Recomiendan contratar un seguro médico privado complementario para los expatriados?",
     "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card",
     "¿Qué es exactamente el certificado electrónico de seguro médico? Lo mencionan mucho "
     "en la oficina.", "card:emedical"),
    ("es", "card", "¿Quién emite la tarjeta de seguridad social?", "card:social:issuer"),
    ("es", "card",
     "¿Dónde se puede usar la tarjeta ciudadana? ¿Solo en la ciudad?", "card:citizen:scope"),
    ("es", "card", "¿Qué información guarda la tarjeta sanitaria?", "card:health:records"),
    ("es", "card",
     "¿Qué organismo gestiona la tarjeta electrónica de seguridad social?",
     "card:esocial:manager"),
    ("es", "card",
     "quien emitia la antigua tarjeta de seguro medico? un banco?", "card:medical:issuer"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare",
     "¿Qué diferencias hay entre la tarjeta de seguridad social y el certificado electrónico "
     "de seguro médico?", "cmp:social:emedical"),
    ("es", "compare",
     "Compárame la antigua tarjeta de seguro médico con la tarjeta sanitaria, por favor",
     "cmp:medical:health"),
    ("es", "compare",
     "tarjeta electronica de seguridad social vs tarjeta ciudadana, en que se diferencian",
     "cmp:esocial:citizen"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿La tarjeta sanitaria es una tarjeta de seguridad social?", "faq:1"),
    ("es", "faq",
     "Un empleado pregunta si la tarjeta de seguridad social y la tarjeta del seguro médico "
     "son la misma", "faq:2"),
    ("es", "faq",
     "¿Tarjeta ciudadana y tarjeta de seguridad social son la misma tarjeta?", "faq:3"),
    ("es", "faq",
     "¿Es lo mismo el certificado electrónico de seguro médico que la tarjeta electrónica "
     "de seguridad social?", "faq:5"),
    ("es", "faq",
     "¿Qué datos registra la tarjeta de seguridad social y qué se puede hacer con ella?",
     "faq:7"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law",
     "¿Qué dice el artículo 3 de la Ley del Seguro Social sobre los principios del sistema?",
     "law:sil-3"),
    ("es", "law",
     "¿Qué establece el artículo 4 de las Medidas Administrativas sobre Tarjetas de "
     "Seguridad Social?", "law:ssc-4"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting",
     "Buenos días, soy de RRHH de una empresa española en Shanghái", "greeting"),
    ("es", "greeting", "Muchas gracias, muy útil", "greeting"),
    ("es", "greeting", "Nada más por hoy, hasta luego", "greeting"),
)
