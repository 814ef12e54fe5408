"""Hundred-and-eighty-second phrasing set (people who paste or half-copy a word read off a
sign, form, app screen or letter; English and Venezuelan Spanish), written blind from the seeds
(issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDEIGHTYSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en",
        "task",
        "sign at hospital registration says 'please present your card'. which card do I "
        "bring to see a doctor?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "pharmacy door has a sticker 'designated pharmacy' - what card do i pay for medicine with",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "got a letter about 'reimbursement of medical expenses'. which card gets me my money back?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "app button says 'personal health file inquiry' - which card lets me look up my "
        "health records?",
        "task:healthfile",
    ),
    ("en", "task", "which card do I need to do medical insurance business online", "task:online"),
    (
        "en",
        "task",
        "my father in law draws his pension here, what card does he need for that",
        "task:pension",
    ),
    (
        "en",
        "task",
        "lost my job, HR handed me a paper saying 'unemployment registration'. which card"
        " do i take?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "hurt my hand at the factory, form says 'work-related injury benefits'. what card"
        " do i use?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "payslip says 'social insurance' deducted. how can I check what has actually been paid in?",
        "task:contributions",
    ),
    ("en", "task", "which one of these cards works on the bus", "task:transport"),
    (
        "en",
        "task",
        "the library 'public reading room' asks for a card at the gate, which one is it?",
        "task:services",
    ),
    (
        "en",
        "task",
        "form says 'proof of identity' - can one of these cards prove who i am?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "HR wrote 'apply for social security card at time of employment'. how do i get it?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "app screen: 'Activate electronic social security card'. how do I get that one?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how do i claim the electronic medical insurance certificate",
        "task:getemedical",
    ),
    ("en", "task", "how do I apply for a citizen card, who can get one?", "task:getcitizen"),
    (
        "en",
        "task",
        "sign says 'vocational training registration open'. which card do I need to sign up?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "my letter says 'labor capacity appraisal'... which card do I use to apply for that?",
        "task:injury",
    ),
    ("en", "task", "which card for registering and paying at the clinic counter", "task:hospital"),
    (
        "en",
        "task",
        "drugstore counter sign: 'medical insurance personal account accepted'. which "
        "card do i swipe?",
        "task:pharmacy",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "pharmac", "task:pharmacy"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "社保卡", "card:social"),
    ("en", "short", "human resources and social sec", "card:social"),
    ("en", "short", "electronic medical insurance cert", "card:emedical"),
    ("en", "short", "e-social security", "card:esocial"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "健康卡", "card:health"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "pensio", "task:pension"),
    ("en", "short", "work-related inj", "task:injury"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "health file", "task:healthfile"),
    ("en", "short", "social security numb", "faq:10"),
    ("en", "short", "maternity insur", "faq:6"),
    ("en", "short", "activat", "task:getesocial"),
    ("en", "short", "designated hosp", "task:hospital"),
    # ---------------- English: oos (18) ----------------
    (
        "en",
        "oos",
        "letter says 'card reissue'. I lost my social security card, how do I get a new one?",
        "none",
    ),
    ("en", "oos", "how much does it cost to make the citizen card", "none"),
    (
        "en",
        "oos",
        "app says 'processing'. how long does the social security card take to arrive?",
        "none",
    ),
    ("en", "oos", "where is the social security bureau office in Chaoyang district", "none"),
    ("en", "oos", "forgot my card password, the pharmacy machine shows 'PIN error'", "none"),
    ("en", "oos", "card says 'valid until 2031' - how do i renew it when it expires?", "none"),
    ("en", "oos", "how much pension will I get every month", "none"),
    ("en", "oos", "what's the retirement age in china", "none"),
    ("en", "oos", "can I use my medical insurance card in Hong Kong?", "none"),
    ("en", "oos", "the form asks 'hukou type', what do i put there as a foreigner", "none"),
    (
        "en",
        "oos",
        "my work permit expires next month, does that cancel my social security card?",
        "none",
    ),
    ("en", "oos", "is the social insurance deducted before or after income tax?", "none"),
    (
        "en",
        "oos",
        "my company also offers private health insurance, is it better than the medical "
        "insurance card?",
        "none",
    ),
    ("en", "oos", "what is '12333' printed on the back of my card", "none"),
    (
        "en",
        "oos",
        "form says 'select cooperating bank' - which bank is best for the social security card?",
        "none",
    ),
    (
        "en",
        "oos",
        "can I take out the money in my medical insurance account in cash when I leave China?",
        "none",
    ),
    ("en", "oos", "what's the weather in guangzhou tomorrow", "none"),
    ("en", "oos", "how do you say 'no spicy' in chinese", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en",
        "card",
        "what is this 'electronic medical insurance certificate' that popped up on my phone?",
        "card:emedical:what",
    ),
    (
        "en",
        "card",
        "letter is stamped 'Human Resources and Social Security Bureau' - do they issue "
        "the social security card?",
        "card:social:issuer",
    ),
    (
        "en",
        "card",
        "what's the card with the chip and my photo and an expiration date printed on it?",
        "card:social:what",
    ),
    ("en", "card", "the old medical card the bank gave me, is it secure?", "card:medical:security"),
    (
        "en",
        "card",
        "who runs the health card, the hospital or the government?",
        "card:health:manager",
    ),
    ("en", "card", "what does the health card keep track of", "card:health:records"),
    ("en", "card", "where can i use the citizen card", "card:citizen:scope"),
    (
        "en",
        "card",
        "who can get the electronic medical insurance voucher?",
        ("card:emedical:eligibility", "task:getemedical"),
    ),
    (
        "en",
        "card",
        "is the 'electronic social security card' an actual card or just in the app?",
        "card:esocial:form",
    ),
    ("en", "card", "who hands out the citizen card? the city?", "card:citizen:issuer"),
    ("en", "card", "what info is stored on the 社保 card", ("card:social:records", "faq:7")),
    ("en", "card", "whats the medicare card for, only medical stuff?", "card:medical:function"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "hospital sign says 'health card' but HR says 'social security card', what's the "
        "difference?",
        ("cmp:social:health", "faq:1"),
    ),
    (
        "en",
        "compare",
        "whats the diff between the e-social security card and the physical one",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "electronic medical insurance certificate vs the old medical insurance card?",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en",
        "faq",
        "my card says 'Human Resources and Social Security Card' on the front. is that a "
        "social security card?",
        "faq:4",
    ),
    (
        "en",
        "faq",
        "the form has a box 'social security number' - what number do I write?",
        "faq:10",
    ),
    (
        "en",
        "faq",
        "office sign lists 'social security (personal) card' and '(employer) card'. what "
        "types are there?",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "my contract mentions 'Article 58 of the Social Insurance Law', what does it say?",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "card sleeve cites 'Administrative Measures on Social Security Cards, Article 3'."
        " what is that?",
        "law:ssc-3",
    ),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "ok got it, thanks a lot. bye", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es",
        "task",
        "en la ventanilla del hospital dice 'presente su tarjeta', ¿cuál de mis tarjetas "
        "uso pa' la consulta?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "la farmacia tiene un cartel 'farmacia designada', ¿con qué tarjeta pago las medicinas?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿con cuál tarjeta me reembolsan los gastos médicos? pagué todo de mi bolsillo",
        "task:reimburse",
    ),
    ("es", "task", "quiero ver mi historial médico, ¿qué tarjeta necesito?", "task:healthfile"),
    (
        "es",
        "task",
        "la app dice 'trámites de seguro médico en línea', ¿con qué me identifico ahí?",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi mamá va a cobrar la pensión aquí, ¿qué tarjeta tiene que llevar?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me botaron del trabajo chamo, ¿con qué tarjeta pido el seguro de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "me accidenté en la chamba, ¿qué tarjeta uso pa' cobrar por accidente laboral?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo veo cuánto me han pagado de seguro social? en el recibo sale 'cotizaciones'",
        "task:contributions",
    ),
    ("es", "task", "¿cuál tarjeta sirve pa'l metro y la camionetica?", "task:transport"),
    ("es", "task", "¿con qué tarjeta entro a la sala de lectura pública?", "task:services"),
    (
        "es",
        "task",
        "me piden algo pa' probar mi identidad, ¿me sirve alguna de estas tarjetas?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿cómo saco la tarjeta de seguridad social? el jefe dice que la necesito",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "en la app me sale 'activar tarjeta electrónica de seguridad social', ¿cómo la activo?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿como obtengo el certificado electronico de seguro medico?",
        "task:getemedical",
    ),
    ("es", "task", "¿cómo consigo la tarjeta ciudadana? ¿quién la puede pedir?", "task:getcitizen"),
    (
        "es",
        "task",
        "el formulario dice 'registro de búsqueda de empleo', ¿qué tarjeta llevo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "quiero hacer un curso de formación profesional, ¿qué tarjeta me piden?",
        "task:unemployment",
    ),
    ("es", "task", "¿con qué tarjeta pago la inscripción en la clínica?", "task:hospital"),
    (
        "es",
        "task",
        "¿puedo comprar medicinas con la tarjeta ciudadana?",
        ("task:pharmacy", "card:citizen:function"),
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "tarjeta de salu", "card:health"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "certificado electrónico de seguro méd", "card:emedical"),
    ("es", "short", "tarjeta electrónica de seguridad", "card:esocial"),
    ("es", "short", "tarjeta ciudadan", "card:citizen"),
    ("es", "short", "tarjeta de seguro médic", "card:medical"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "accidente labo", "task:injury"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "número de seguro soc", "faq:10"),
    ("es", "short", "base jurídica", "law"),
    ("es", "short", "医保电子凭证", "card:emedical"),
    ("es", "short", "maternidad", "faq:6"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "se me perdió la tarjeta de seguridad social, ¿qué hago?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "en la app dice 'en proceso', ¿cuánto tarda en llegar la tarjeta?", "none"),
    ("es", "oos", "¿dónde queda la oficina del seguro social en Shenzhen?", "none"),
    ("es", "oos", "¿a qué hora abren? el letrero dice 办公时间 y no entiendo", "none"),
    ("es", "oos", "olvidé la clave de la tarjeta, la máquina dice 'contraseña incorrecta'", "none"),
    ("es", "oos", "¿cuánto me toca de pensión si cotizo 10 años?", "none"),
    ("es", "oos", "¿a qué edad se jubila uno aquí en China?", "none"),
    ("es", "oos", "¿puedo cobrar el desempleo si me regreso a Venezuela?", "none"),
    ("es", "oos", "¿el seguro social de aquí me sirve pa' la visa de trabajo?", "none"),
    ("es", "oos", "¿cuánto me descuentan del sueldo pa'l seguro social?", "none"),
    ("es", "oos", "¿me conviene más un seguro privado que la tarjeta de seguro médico?", "none"),
    ("es", "oos", "¿puedo usar la tarjeta de seguridad social en Macao?", "none"),
    ("es", "oos", "la carta dice 'recargo por pago atrasado', ¿de cuánto es la multa?", "none"),
    ("es", "oos", "la tarjeta se me venció, ¿cómo la renuevo?", "none"),
    ("es", "oos", "¿cómo cambio el idioma de la app a español?", "none"),
    ("es", "oos", "¿dónde consigo harina pan en Guangzhou?", "none"),
    ("es", "oos", "¿cómo mando plata a Venezuela desde China?", "none"),
    # ---------------- Spanish: card (12) ----------------
    (
        "es",
        "card",
        "¿qué es la vaina esa de 'tarjeta electrónica de seguridad social'? me salió en el celular",
        "card:esocial:what",
    ),
    (
        "es",
        "card",
        "¿quién da el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    ("es", "card", "¿la tarjeta de seguridad social es física o es digital?", "card:social:form"),
    (
        "es",
        "card",
        "¿pa' qué sirve el carnet de salud que piden en la clínica?",
        "card:health:function",
    ),
    (
        "es",
        "card",
        "la tarjeta que me dio el banco pa'l seguro médico, ¿quién la emite realmente?",
        "card:medical:issuer",
    ),
    (
        "es",
        "card",
        "¿en qué trámites vale el certificado médico electrónico?",
        "card:emedical:scope",
    ),
    ("es", "card", "¿la tarjeta ciudadana pa' qué sirve?", "card:citizen:function"),
    (
        "es",
        "card",
        "¿quién maneja la tarjeta electrónica de seguridad social?",
        "card:esocial:manager",
    ),
    (
        "es",
        "card",
        "¿la tarjeta de seguridad social sirve en todo el país o nomás en esta ciudad?",
        "card:social:scope",
    ),
    ("es", "card", "¿quién administra la tarjeta de seguridad social?", "card:social:manager"),
    (
        "es",
        "card",
        "el carnet donde el hospital ve tu historial y tus gastos médicos, ¿cómo se llama?",
        "card:health",
    ),
    (
        "es",
        "card",
        "¿a quién le daban la tarjeta de seguro médico vieja?",
        "card:medical:eligibility",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿cuál es la diferencia entre la tarjeta ciudadana y la tarjeta de salud?",
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        "en la app salen 'tarjeta electrónica de seguridad social' y 'certificado médico "
        "electrónico', ¿son lo mismo?",
        ("cmp:esocial:emedical", "faq:5"),
    ),
    (
        "es",
        "compare",
        "¿qué diferencia hay entre la tarjeta de seguridad social y el certificado "
        "electrónico de seguro médico?",
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es",
        "faq",
        "en el recibo salen pensión, médico, desempleo, accidente laboral, maternidad... "
        "¿qué tipos de seguro social hay?",
        "faq:6",
    ),
    (
        "es",
        "faq",
        "la carta dice que el empleador tiene 30 días pa' registrarme, ¿cuándo me tienen "
        "que inscribir en el seguro?",
        "faq:9",
    ),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "la carta menciona el 'artículo 74 de la Ley de Seguro Social', ¿qué dice?",
        "law:sil-74",
    ),
    ("es", "law", "en la app sale 'base legal', ¿en qué leyes se basa todo esto?", "law"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "epa, buenas tardes", "greeting"),
    ("es", "greeting", "gracias mi pana, muy amable", "greeting"),
)
