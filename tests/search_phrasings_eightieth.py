"""Eightieth phrasing set (people who paste or paraphrase part of a notice, a sign, a form or
something HR told them, then ask about it), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

EIGHTIETH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "hospital sign at the registration desk says 'please present your card' - which card "
            "do they mean?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "notice at the clinic window: 'insured patients swipe card here'. what card do i swipe "
            "to see a doctor"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "sticker on the pharmacy door says 'medical insurance accepted' - which card do i use "
            "to buy medicine there?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "my coworker said 'just use your card at the designated pharmacy'. which card is that "
            "for buying meds?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "HR wrote: 'keep your receipts and bring your card for reimbursement'. which card do i "
            "need to get medical costs reimbursed?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "the claim form says 'medical expense reimbursement - attach copy of card'. a copy of "
            "which card??"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "hospital leaflet: 'check your personal health file with your card'. which card lets "
            "me look up my health records?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "poster at the community health centre says 'view your medical records anytime' - what "
            "card do i need for that"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "HR email: 'medical insurance matters can now be handled online'. what do i need to do "
            "medical insurance stuff online?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "app banner says 'handle medical insurance business online with your electronic "
            "credential' - which credential is that?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my father-in-law got a letter saying 'bring your card to collect your pension'. which "
            "card is for drawing a pension?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "retirement notice says 'pension paid through the card' - which card do retirees need "
            "for the pension?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "letter after i was laid off: 'apply for unemployment insurance benefits with your "
            "card'. which card?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "sign at the job centre: 'unemployment registration - bring your card'. what card do "
            "they want from me"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "after my accident at work HR said 'the injury claim goes through your card'. which "
            "card is used for work injury benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "HR told me 'you can check your contributions whenever you like'. which card do i use "
            "to see what's been paid in?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "payslip footnote: 'verify your social insurance payments with your card'. how do i "
            "check what my employer actually paid?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "sign at the subway gate: 'tap card here, citizen card accepted'. can i use one of "
            "these cards for the metro?"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        "bus notice says 'cardholders pay by card' - which of these cards works on the bus?",
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "neighbourhood office notice: 'local public services can be handled with your card'. "
            "which card do they mean?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "the lease form asks for 'proof of identity (card)' - can any of these cards prove who "
            "i am?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "HR email says: 'bring your social security card to register' - which one is that and "
            "how do i get one?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "onboarding checklist line: 'apply for social security card at time of employment'. "
            "how do i actually get it?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "HR message: 'please activate your electronic social security card'. how do i get the "
            "electronic one?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "sign at the clinic: 'claim your electronic medical insurance certificate today'. how "
            "do i claim it?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "city notice: 'residents may now apply for the citizen card'. how do i get a citizen "
            "card?"
        ),
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "welcome pack has a section 'cards for doctor visits, medicine and refunds'. which "
            "card do i use for health care in general?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "HR said 'pension, unemployment pay and injury benefits all go through the card'. "
            "which card for the money side of things?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "city brochure: 'one card for daily life - bus, services, ID'. which card is for "
            "everyday life stuff?"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        "HR onboarding slide just says 'get your cards sorted'. which cards can i get and how?",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "health card sign", "card:health"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "soc sec card", "card:social"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "electronic ss card", "card:esocial"),
    ("en", "short", "HRSS card", "card:social"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension collection", "task:pension"),
    ("en", "short", "unemployment regis", "task:unemployment"),
    ("en", "short", "designated pharm", "task:pharmacy"),
    ("en", "short", "tap card metro", "task:transport"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "HR says 'report a lost social security card immediately' - how do i report mine lost?",
        "none",
    ),
    (
        "en",
        "oos",
        "the form says 'card replacement fee: see counter'. how much does a replacement cost?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "notice at the office: 'cards ready in 20 working days'. is there any way to get it "
            "faster?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "bank letter says 'change the initial PIN at first use' - what is the initial PIN on "
            "the card?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "sign says 'service hall open on weekdays' - what time does the social security office "
            "close on friday?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "HR email: 'Shanghai applicants must bring extra documents'. what documents does "
            "Shanghai want?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "my work visa renewal form asks for my social insurance record - will missing months "
            "hurt my visa?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "payroll note: 'individual income tax withheld together with social insurance'. how "
            "much tax am i paying?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "hospital price board says 'MRI 600 yuan' - how much of that will my insurance cover?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "a colleague told me 'foreigners get their pension money back when they leave China'. "
            "how do i get it back?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "notice says 'renew your card before the expiry date' - where do i renew an expired "
            "card?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "HR wrote 'the company pays its share, you pay yours'. what percentage of my salary do "
            "i pay?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "the form has a box for 'hukou location' - what do i put if i'm a foreigner?",
        "none",
    ),
    (
        "en",
        "oos",
        "clinic sign: 'cosmetic treatments not covered by insurance'. is the dentist covered?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "HR emails keep mentioning the 'human resources and social security card' - what is "
            "that exactly?"
        ),
        "card:social",
    ),
    (
        "en",
        "card",
        (
            "the hospital sign says 'health card holders this way' - who is in charge of health "
            "cards?"
        ),
        "card:health:manager",
    ),
    (
        "en",
        "card",
        (
            "HR wrote 'the medical insurance card comes from the bank' - is that right, who issues "
            "it?"
        ),
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        (
            "a notice calls the electronic medical insurance certificate 'the only identity "
            "credential for online medical insurance'. what is it used for?"
        ),
        "card:emedical:function",
    ),
    (
        "en",
        "card",
        (
            "HR said 'your social security card keeps a record of you' - what exactly does it "
            "record?"
        ),
        ("card:social:records", "faq:7"),
    ),
    (
        "en",
        "card",
        (
            "poster says 'citizen card - one card for the whole city'. where can i actually use "
            "the citizen card?"
        ),
        "card:citizen:scope",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "HR said 'bring the social security card, not the medical insurance card'. what's the "
            "difference between the two?"
        ),
        "cmp:social:medical",
    ),
    (
        "en",
        "compare",
        (
            "the pharmacy sign lists 'citizen card / social security card' - how are those two "
            "different?"
        ),
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        (
            "hospital notice: 'health card or social security card accepted' - what's the "
            "difference between them?"
        ),
        "cmp:social:health",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "clinic notice says 'health card (this is not your social security card)'. so is a "
            "health card a social security card or not?"
        ),
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "HR told me 'the social security card replaced your old medical insurance card' - so "
            "are they the same card?"
        ),
        "faq:2",
    ),
    (
        "en",
        "faq",
        (
            "city website says 'citizen card with social security functions'. are the citizen card "
            "and the social security card the same card?"
        ),
        "faq:3",
    ),
    (
        "en",
        "faq",
        (
            "HR email: 'you will be registered for social insurance within 30 days'. when does my "
            "employer have to register me?"
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        (
            "form field: 'social security number (same as ID number)' - what is my social security "
            "number then?"
        ),
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "HR quoted 'Article 58 of the Social Insurance Law' in the onboarding email. what does "
            "article 58 say?"
        ),
        "law:sil-58",
    ),
    (
        "en",
        "law",
        (
            "a poster says 'one card, multiple uses, valid nationwide' and cites the social "
            "security card measures. which article is that?"
        ),
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi, got a confusing email from HR", "greeting"),
    ("en", "greeting", "thanks, that explains the notice", "greeting"),
    ("en", "greeting", "ok bye, off to show this to HR", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "en la ventanilla del hospital pone 'presente su tarjeta para registrarse'. ¿qué "
            "tarjeta tengo que llevar?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "mi jefe me dijo 'con la tarjeta pagas en el hospital'. ¿cuál de todas sirve para "
            "pagar la consulta?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "en la farmacia hay un letrero que dice 'farmacia designada del seguro médico'. ¿con "
            "qué tarjeta compro medicinas ahí?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "la chica de RRHH me dijo 'los medicamentos se pagan con la cuenta personal del "
            "seguro'. ¿eso con qué tarjeta se hace?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "el formulario de reembolso dice 'adjunte copia de la tarjeta'. ¿qué tarjeta es la del "
            "reembolso de gastos médicos?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "RRHH: 'los gastos médicos se reembolsan con tu tarjeta'. ¿con cuál?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "en el centro de salud pone 'consulte su expediente de salud con la tarjeta'. ¿qué "
            "tarjeta me deja ver mi historial?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "la enfermera me dijo 'sus registros médicos están en la tarjeta'. ¿cuál es la que "
            "sirve para consultar mi historial de salud?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "un aviso en la app dice 'realice sus trámites del seguro médico en línea'. ¿qué "
            "necesito para hacer trámites del seguro médico por internet?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "a mi suegro le llegó una carta: 'cobre su pensión con la tarjeta'. ¿qué tarjeta hace "
            "falta para cobrar la jubilación?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "en la carta de despido pone 'solicite la prestación por desempleo con su tarjeta'. "
            "¿cuál es esa tarjeta?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "la oficina de empleo tiene un cartel: 'registro de desempleo: traiga su tarjeta'. "
            "¿qué tarjeta llevo para apuntarme al paro?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "tuve un accidente en la fábrica y RRHH dice 'la prestación por accidente laboral se "
            "tramita con la tarjeta'. ¿qué tarjeta?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "RRHH me escribió 'puedes consultar tus cotizaciones cuando quieras'. ¿con qué tarjeta "
            "veo lo que se ha pagado?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "en la nómina pone 'cotización a la seguridad social'. ¿cómo compruebo si la empresa "
            "está pagando de verdad?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "en el metro hay un cartel que dice 'se acepta tarjeta ciudadana'. ¿puedo pagar el "
            "metro y el bus con alguna de estas tarjetas?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "un vecino me dijo 'con la tarjeta de la ciudad pagas el autobús'. ¿qué tarjeta sirve "
            "para el transporte?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "el aviso del ayuntamiento dice 'servicios públicos locales con su tarjeta'. ¿qué "
            "tarjeta es esa?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "el casero me pide 'un documento que acredite su identidad'. ¿alguna de estas tarjetas "
            "sirve para demostrar quién soy?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "correo de RRHH: 'trae tu tarjeta de seguridad social para darte de alta'. ¿cómo la "
            "consigo si no tengo?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "la lista de incorporación dice 'solicitar tarjeta de seguridad social'. ¿quién puede "
            "pedirla y cómo?"
        ),
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        (
            "RRHH me manda: 'activa tu tarjeta electrónica de seguridad social en la app'. ¿cómo "
            "se saca la electrónica?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "me dijeron 'la electrónica solo se activa si ya tienes la física'. ¿cómo obtengo la "
            "tarjeta electrónica de seguridad social?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "en el hospital hay un cartel: 'obtenga su certificado electrónico de seguro médico'. "
            "¿cómo lo consigo?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        (
            "aviso del barrio: 'los residentes pueden solicitar la tarjeta ciudadana'. ¿cómo la "
            "pido?"
        ),
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "un cartel en el hospital: 'consultas, farmacia y reembolsos con tarjeta'. ¿qué "
            "tarjeta uso para todo lo médico?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "RRHH dijo 'la pensión, el paro y los accidentes laborales van por la tarjeta'. ¿qué "
            "tarjeta uso para los temas de dinero?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "folleto de la ciudad: 'una tarjeta para su día a día: transporte, servicios, "
            "identidad'. ¿cuál uso para la vida diaria?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "RRHH me pide 'tramitar las tarjetas necesarias'. ¿qué tarjetas puedo sacar y cómo?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "me pasaron un papel que dice 'cada trámite con su tarjeta'. ¿qué tengo que hacer y "
            "con qué tarjeta?"
        ),
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarj sanitaria", "card:health"),
    ("es", "short", "certif electrónico", "card:emedical"),
    ("es", "short", "社保卡", "card:social"),
    ("es", "short", "tarjeta seguro médico", "card:medical"),
    ("es", "short", "seg social electr", "card:esocial"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "cobrar pensión", "task:pension"),
    ("es", "short", "farmacia designada", "task:pharmacy"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "tarjeta de recursos humanos", "card:social"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        (
            "RRHH dice 'en caso de pérdida, llame a la línea de atención'. ¿cuál es el número para "
            "denunciar la tarjeta perdida?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        ("el aviso dice 'tasa de emisión según tarifa vigente'. ¿cuánto cuesta sacar la tarjeta?"),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "en la oficina pone 'plazo de entrega: consultar'. ¿cuánto tardan en darte la tarjeta "
            "de seguridad social?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "la carta del banco dice 'cambie la contraseña inicial'. ¿cuál es la contraseña "
            "inicial de la tarjeta?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "cartel en la puerta: 'horario de atención al público'. ¿a qué hora abre la oficina de "
            "seguridad social los sábados?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "RRHH dice que 'en Shenzhen los extranjeros deben presentar documentación adicional'. "
            "¿qué papeles piden en Shenzhen?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "el formulario del visado de trabajo pide 'certificado de cotizaciones'. ¿me lo "
            "renuevan si me faltan meses?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "en la nómina pone 'impuesto sobre la renta retenido'. ¿cuánto impuesto pago en China?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "el hospital tiene una tabla de precios: 'parto natural 3000 yuanes'. ¿cuánto me "
            "devuelve el seguro por el parto?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "un compañero dice 'al irte de China te devuelven las cotizaciones'. ¿cómo recupero "
            "ese dinero?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "aviso: 'las tarjetas caducadas deben renovarse'. ¿dónde renuevo la tarjeta caducada?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "RRHH: 'la empresa aporta al fondo de vivienda'. ¿qué es el fondo de vivienda y cuánto "
            "pongo yo?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "el formulario pide 'foto tamaño carnet, fondo blanco'. ¿de qué medida exacta tiene "
            "que ser la foto?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "aviso de la clínica: 'el seguro no cubre tratamientos estéticos'. ¿y el dentista lo "
            "cubre?"
        ),
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "el correo de RRHH habla de la 'tarjeta de seguridad social de la República Popular "
            "China'. ¿qué es exactamente?"
        ),
        "card:social",
    ),
    (
        "es",
        "card",
        (
            "el aviso dice 'tarjeta electrónica de seguridad social, emisión nacional'. ¿quién la "
            "emite?"
        ),
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        (
            "cartel en el centro de salud: 'tarjeta sanitaria: su historial en un solo lugar'. "
            "¿qué registra la tarjeta sanitaria?"
        ),
        "card:health:records",
    ),
    (
        "es",
        "card",
        (
            "me dijeron que 'la tarjeta de seguro médico antigua es poco segura'. ¿es verdad, qué "
            "tan segura es?"
        ),
        "card:medical:security",
    ),
    (
        "es",
        "card",
        (
            "RRHH: 'el certificado electrónico de seguro médico lo puede obtener cualquier "
            "asegurado'. ¿quién puede tenerlo?"
        ),
        ("card:emedical:eligibility", "task:getemedical"),
    ),
    (
        "es",
        "card",
        (
            "el folleto dice 'tarjeta ciudadana, emitida por el gobierno local'. ¿qué es la "
            "tarjeta ciudadana?"
        ),
        "card:citizen",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "en el hospital aceptan 'certificado electrónico de seguro médico o tarjeta "
            "electrónica de seguridad social'. ¿en qué se diferencian?"
        ),
        "cmp:esocial:emedical",
    ),
    (
        "es",
        "compare",
        (
            "RRHH dice 'no confundas la tarjeta sanitaria con la ciudadana'. ¿qué diferencia hay "
            "entre las dos?"
        ),
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        (
            "el aviso pone 'tarjeta física de seguridad social y su versión electrónica'. ¿qué "
            "diferencias hay entre la física y la electrónica?"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "la app dice 'certificado electrónico de seguro médico' y RRHH dice 'tarjeta "
            "electrónica de seguridad social'. ¿son lo mismo?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "RRHH: 'tienes que cotizar a los cinco seguros'. ¿qué tipos de seguro social hay?",
        "faq:6",
    ),
    (
        "es",
        "faq",
        (
            "el cartel dice 'tarjeta de seguridad social (personal) y (empleador)'. ¿qué tipos de "
            "tarjeta de seguridad social existen?"
        ),
        "faq:8",
    ),
    (
        "es",
        "faq",
        (
            "en el papel pone 'tarjeta de recursos humanos y seguridad social'. ¿esa también es "
            "una tarjeta de seguridad social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "RRHH escribió 'la tarjeta guarda tus datos y sirve para muchos trámites'. ¿qué "
            "registra la tarjeta de seguridad social y qué puedo hacer con ella?"
        ),
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "el aviso cita el 'artículo 74 de la Ley del Seguro Social'. ¿qué dice ese artículo?",
        "law:sil-74",
    ),
    (
        "es",
        "law",
        (
            "al pie del correo de RRHH pone 'según la normativa vigente'. ¿en qué leyes se basa "
            "todo esto?"
        ),
        "law",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, tengo un papel de RRHH que no entiendo", "greeting"),
    ("es", "greeting", "gracias, ya entendí el cartel", "greeting"),
    ("es", "greeting", "vale, muchas gracias, hasta luego", "greeting"),
)
