"""Hundred-and-twenty-seventh phrasing set (people quoting a sign, form, letter or app
screen they are looking at), written blind from the seeds (issue 15).
"""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTWENTYSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "the sign at the hospital registration window says 'please present your card'. which card "
        "do they mean? i just need to see a doctor",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my company welcome letter says 'use your card when paying hospital bills'. ok but WHICH "
        "card, i have like three",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "pharmacy door sticker: 'insurance cards accepted'. which card do i actually use to buy "
        "medicine here",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "the clinic leaflet (english version, bad translation) says get the prescribed drugs at a "
        "designated pharmacy with your card. what card is that?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "HR email: 'submit your medical expenses for reimbursement with your card'. which card "
        "gets my hospital costs paid back?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "this form is titled 'medical expense reimbursement application' and wants a card number. "
        "which card number goes in that box",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "app screen says 'view personal health file'. which card lets me look at my own medical "
        "records?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "doctor scribbled on my discharge note 'check your health records with your card'. what "
        "card would that be",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "the app keeps popping up 'verify with medical insurance e-certificate to continue'. i'm "
        "trying to sort my medical insurance on my phone, what do i need",
        "task:online",
    ),
    (
        "en",
        "task",
        "leaflet says 'handle medical insurance business online using the electronic voucher'. "
        "what do i use to do insurance stuff online?",
        "task:online",
    ),
    (
        "en",
        "task",
        "my retirement letter from the school says 'pension will be paid through your card'. "
        "which card is for drawing the pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "notice in my mum's building: retirees must bring their card to collect the old-age "
        "pension. which card does she need",
        "task:pension",
    ),
    (
        "en",
        "task",
        "my termination letter says i may 'apply for unemployment benefits with the relevant "
        "card'. relevant card = which one??",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "sign at the job centre: 'unemployment registration - bring your card'. what card do they "
        "want",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "my contract clause 9 says work injury benefits go through social insurance. cut my hand "
        "on the line last week, which card do i use to claim",
        "task:injury",
    ),
    (
        "en",
        "task",
        "payslip says 'social insurance deduction 812.40'. how do i check what's really been paid "
        "in for me, which card",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "poster in the office lobby: 'check your contribution records anytime'. check them with "
        "which card?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "there's a sticker on the subway gate that says 'card accepted'. can any of these cards "
        "pay for the metro?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "bus stop notice says 'tap card here'. which china card works on buses",
        "task:transport",
    ),
    (
        "en",
        "task",
        "the library sign-up form says 'register with your card'. which card is the one for "
        "public services like libraries and reading rooms",
        "task:services",
    ),
    (
        "en",
        "task",
        "the bank teller pointed at a sign 'proof of identity required' - is there a card that "
        "proves who i am besides my passport?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "hotel check-in sheet asks for an identity document. would one of these cards count as "
        "proof of identity",
        "task:identity",
    ),
    (
        "en",
        "task",
        "my offer letter says 'new hires must apply for a social security card'. who can get one "
        "and how do i apply",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "app screen: 'activate your electronic social security card'. how do i get the electronic "
        "version, what do i need first",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "poster at the hospital entrance says 'scan your electronic medical insurance "
        "certificate'. how do i get one of those",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "community notice board: residents may apply for the citizen card. how would i go about "
        "getting it",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "the welcome pack has a page headed 'healthcare'. which cards cover the health side of "
        "things, doctors, medicine, claims?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "my HR letter lists pension, unemployment benefit, injury benefit... which cards handle "
        "all the money stuff",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "relocation booklet has a chapter 'everyday life'. which cards do i need for day to day "
        "things like buses and public services?",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "I've got a whole folder of forms from HR and I'm lost. what do I actually need to do "
        "with these cards?",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "social security card", "card:social"),
    ("en", "short", "electronic medical insurance cert", "card:emedical"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "electronic social sec", "card:esocial"),
    ("en", "short", "pharmacy", "task:pharmacy"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "unemployment benefits", "task:unemployment"),
    ("en", "short", "article 74", "law:sil-74"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "subway", "task:transport"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "the sign says 'replacement fee 20 yuan' for a lost social security card. is that the "
        "normal price everywhere?",
        "none",
    ),
    (
        "en",
        "oos",
        "app screen says 'processing time: 15 working days'. does the card really take that long?",
        "none",
    ),
    (
        "en",
        "oos",
        "my letter says go to the 'social security service hall'. where is that in Chaoyang "
        "district?",
        "none",
    ),
    (
        "en",
        "oos",
        "the form asks for 'passport and residence permit'. can a foreigner actually get a "
        "citizen card in Hangzhou?",
        "none",
    ),
    (
        "en",
        "oos",
        "pharmacy notice: 'cards without a PIN cannot be used'. how do i reset the PIN on my "
        "social security card",
        "none",
    ),
    (
        "en",
        "oos",
        "my contract says the company pays 16% for pension. is that the legal rate?",
        "none",
    ),
    (
        "en",
        "oos",
        "counter sign says 'bank activation required'. which bank do i go to and what do i bring?",
        "none",
    ),
    (
        "en",
        "oos",
        "i lost my medical insurance card and the notice says 'report the loss immediately'. how "
        "do i report it",
        "none",
    ),
    (
        "en",
        "oos",
        "leaflet says foreigners can get a lump-sum pension refund when they leave china. how do "
        "i claim that?",
        "none",
    ),
    (
        "en",
        "oos",
        "the form has a field 'photo receipt number'. where do i get the card photo taken?",
        "none",
    ),
    (
        "en",
        "oos",
        "my card says valid until 2024. how do i renew it now that it's expired?",
        "none",
    ),
    (
        "en",
        "oos",
        "the app says 'link Alipay'. can i pay my hospital bills through alipay with the e-card?",
        "none",
    ),
    (
        "en",
        "oos",
        "my employer's letter says they won't pay social insurance for me because i'm on a work "
        "visa. are they allowed to do that?",
        "none",
    ),
    (
        "en",
        "oos",
        "notice at the hospital: 'outpatient deductible 1800 yuan'. how much does medical "
        "insurance actually cover after that?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "the back of my card says 'integrated circuit card'. so what exactly is a social security "
        "card?",
        "card:social:what",
    ),
    ("en", "card", "the leaflet keeps mentioning a 'health card'. tell me about it", "card:health"),
    (
        "en",
        "card",
        "community notice mentions the citizen card. who issues the citizen card?",
        "card:citizen:issuer",
    ),
    (
        "en",
        "card",
        "sign at the bank says the old medical insurance cards are being replaced. what was that "
        "card even for?",
        "card:medical:function",
    ),
    (
        "en",
        "card",
        "my app shows a QR code labelled 'electronic medical insurance certificate'. tell me "
        "about that one",
        "card:emedical",
    ),
    (
        "en",
        "card",
        "the poster says the social security card has 'strict key management'. how secure is it "
        "really?",
        "card:social:security",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "my letter says i'll get a social security card but the hospital sign says medical "
        "insurance card. what's the difference between them?",
        "cmp:social:medical",
    ),
    (
        "en",
        "compare",
        "the clinic intake form has a box for 'health card' and another for 'social security "
        "card'. how do those two differ?",
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        "my app shows both an electronic social security card and an electronic medical insurance "
        "certificate. compare them for me",
        "cmp:esocial:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "the card they gave me says 'human resources and social security card' on it. is that a "
        "social security card or something else?",
        "faq:4",
    ),
    (
        "en",
        "faq",
        "my contract says the company provides 'all statutory social insurance'. what kinds of "
        "social insurance are there?",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "the sign at the counter says 'social security (employer) card' - so what types of social "
        "security card exist?",
        "faq:8",
    ),
    (
        "en",
        "faq",
        "offer letter says they'll 'complete social insurance registration'. by when does my "
        "employer have to register me?",
        "faq:9",
    ),
    (
        "en",
        "faq",
        "the form asks for my 'social security number'. what is that, where do i find it?",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "my contract cites 'Article 58 of the Social Insurance Law'. what does that article say?",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "a framed notice in the service hall quotes article 3 of the administrative measures on "
        "social security cards. what's in it?",
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there, quick question about a sign i'm looking at", "greeting"),
    ("en", "greeting", "thanks, that finally makes sense of the form", "greeting"),
    ("en", "greeting", "ok cheers, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "el cartel del hospital dice 'presente su tarjeta en ventanilla'. ¿qué tarjeta uso para "
        "registrarme y que me vea el médico?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "la carta de mi empresa dice que pague las consultas 'con la tarjeta'... ¿con cuál de "
        "todas pago en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "en la puerta de la farmacia hay un aviso: 'se aceptan tarjetas de seguro'. ¿con qué "
        "tarjeta compro los medicamentos?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "el folleto traducido dice 'adquiera sus medicinas en farmacias designadas con su "
        "tarjeta'. ¿cuál es esa tarjeta?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "el formulario pone 'solicitud de reembolso de gastos médicos'. ¿qué tarjeta necesito "
        "para que me devuelvan lo del hospital?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "mi jefa me escribió 'guarda las facturas del hospital para el reembolso'. ¿y eso con qué "
        "tarjeta se tramita?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "la app pone 'consultar expediente de salud personal'. ¿qué tarjeta me deja ver mi "
        "historial médico?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "en la pantalla de la app sale 'trámites de seguro médico en línea'. ¿qué necesito para "
        "hacerlos desde el móvil?",
        "task:online",
    ),
    (
        "es",
        "task",
        "el aviso dice que el seguro médico ya se gestiona por internet. ¿con qué tarjeta o "
        "certificado lo hago?",
        "task:online",
    ),
    (
        "es",
        "task",
        "la carta de jubilación de mi suegro dice 'cobro de pensión mediante tarjeta'. ¿cuál "
        "sirve para cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "el impreso de jubilación pide un número de tarjeta. ¿qué tarjeta se usa para la pensión "
        "de vejez?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "mi carta de despido dice que puedo pedir la prestación por desempleo. ¿qué tarjeta me "
        "hace falta?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "en la oficina de empleo hay un letrero que dice 'registro de desempleo'. ¿con qué "
        "tarjeta me apunto?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "mi contrato dice 'las lesiones laborales están cubiertas por el seguro'. me lastimé en "
        "la obra, ¿qué tarjeta uso para cobrar?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "el médico de la fábrica me dio un papel que pone 'accidente de trabajo'. ¿con qué "
        "tarjeta reclamo esa prestación?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "mi nómina dice 'seguro social: 650 yuanes'. ¿cómo compruebo lo que se ha cotizado por mí?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "el cartel de la oficina dice 'consulte sus aportaciones'. ¿qué tarjeta uso para ver lo "
        "que he pagado al seguro?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "en el torno del metro pone 'se acepta tarjeta'. ¿puedo pagar el metro o el autobús con "
        "alguna de estas tarjetas?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "el formulario de la biblioteca pide una tarjeta. ¿cuál vale para servicios públicos como "
        "la sala de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        "un aviso del ayuntamiento habla de 'servicios públicos locales con su tarjeta'. ¿a qué "
        "tarjeta se refiere?",
        "task:services",
    ),
    (
        "es",
        "task",
        "el papel de la inmobiliaria pide un 'documento que acredite su identidad'. ¿alguna de "
        "estas tarjetas sirve para demostrar quién soy?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "la carta de la empresa dice 'debe tramitar la tarjeta de seguridad social'. ¿quién puede "
        "sacarla y cómo se hace?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "la app me sale con 'active su tarjeta electrónica de seguridad social'. ¿cómo consigo la "
        "versión electrónica?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "el cartel de la clínica dice 'escanee su certificado electrónico de seguro médico'. "
        "¿cómo obtengo ese certificado?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "el aviso del barrio dice que los vecinos pueden pedir la tarjeta ciudadana. ¿cómo se "
        "saca?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "el folleto de bienvenida tiene una sección que se llama 'atención sanitaria'. ¿qué "
        "tarjetas necesito para todo lo de salud?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "la carta de recursos humanos habla de pensión, desempleo, accidentes... ¿qué tarjetas se "
        "usan para todo lo que es dinero?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "la guía de la ciudad tiene un capítulo 'vida diaria'. ¿qué tarjetas me sirven para el "
        "día a día?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "el formulario dice 'solicite sus tarjetas en el plazo indicado'. ¿cómo consigo cada una "
        "de las tarjetas?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "tengo un montón de papeles de la empresa y no sé por dónde empezar. ¿qué tengo que hacer "
        "con estas tarjetas?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta de seguridad social", "card:social"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta del seguro médico", "card:medical"),
    ("es", "short", "tarjeta electrónica de seg", "card:esocial"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "ley de seguro social", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "accidente laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "el cartel dice 'reposición de tarjeta: 20 yuanes'. ¿cuesta eso en todas partes?",
        "none",
    ),
    (
        "es",
        "oos",
        "el formulario dice 'plazo de entrega: 30 días'. ¿de verdad tarda tanto en llegar la "
        "tarjeta?",
        "none",
    ),
    (
        "es",
        "oos",
        "la carta dice que vaya a la 'sala de servicios de seguridad social'. ¿dónde queda eso en "
        "Guangzhou?",
        "none",
    ),
    (
        "es",
        "oos",
        "el aviso dice 'solo residentes con hukou local'. ¿puedo yo, como extranjera, sacar la "
        "tarjeta ciudadana en Shenzhen?",
        "none",
    ),
    (
        "es",
        "oos",
        "perdí la tarjeta del seguro médico y el folleto dice 'denuncie la pérdida de inmediato'. "
        "¿cómo lo hago?",
        "none",
    ),
    (
        "es",
        "oos",
        "la pantalla del cajero dice 'PIN bloqueado'. ¿cómo desbloqueo el PIN de la tarjeta de "
        "seguridad social?",
        "none",
    ),
    (
        "es",
        "oos",
        "mi contrato dice que me descuentan el 8% para la pensión. ¿es ese el porcentaje legal?",
        "none",
    ),
    (
        "es",
        "oos",
        "el folleto habla de recuperar las cotizaciones al salir de China. ¿cómo pido que me "
        "devuelvan lo de la pensión si me voy?",
        "none",
    ),
    (
        "es",
        "oos",
        "el formulario pide el 'número de recibo de la foto'. ¿dónde me hago la foto para la "
        "tarjeta?",
        "none",
    ),
    (
        "es",
        "oos",
        "mi tarjeta pone 'válida hasta 2023'. ¿cómo la renuevo ahora que caducó?",
        "none",
    ),
    (
        "es",
        "oos",
        "el aviso del hospital dice 'copago del 30%'. ¿cuánto cubre realmente el seguro médico?",
        "none",
    ),
    (
        "es",
        "oos",
        "la app me pide vincular WeChat Pay. ¿puedo pagar las medicinas con WeChat?",
        "none",
    ),
    (
        "es",
        "oos",
        "la carta de mi empleador dice que, por ser extranjero, no me dan de alta en el seguro "
        "social. ¿eso es legal?",
        "none",
    ),
    (
        "es",
        "oos",
        "el cartel dice 'no se aceptan tarjetas de otras provincias'. ¿cómo traslado mi seguro de "
        "Pekín a Shanghái?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "mi tarjeta de seguridad social tiene un chip dorado. ¿qué información guarda esa tarjeta?",
        "card:social:records",
    ),
    (
        "es",
        "card",
        "el folleto menciona una 'tarjeta electrónica de seguridad social'. háblame de ella",
        "card:esocial",
    ),
    (
        "es",
        "card",
        "el aviso de la clínica habla de la tarjeta sanitaria. ¿quién la administra?",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "el cartel de la estación habla de la tarjeta ciudadana. ¿dónde se puede usar esa tarjeta?",
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        "encontré mi tarjeta vieja que dice 'tarjeta de seguro médico'. ¿quién emitía esas "
        "tarjetas?",
        "card:medical:issuer",
    ),
    (
        "es",
        "card",
        "el folleto dice que la tarjeta de seguridad social está 'regulada por normativa "
        "nacional'. ¿qué norma la regula?",
        "card:social:legal",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "el formulario pide 'tarjeta ciudadana o tarjeta de seguridad social'. ¿en qué se "
        "diferencian las dos?",
        "cmp:social:citizen",
    ),
    (
        "es",
        "compare",
        "el aviso del hospital dice que la tarjeta de seguridad social sustituyó a la del seguro "
        "médico. ¿qué diferencias hay entre ellas?",
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "la app habla de la tarjeta física de seguridad social y de la electrónica. compáralas, "
        "porfa",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "en la clínica hay un letrero que dice 'tarjeta sanitaria'. ¿eso es una tarjeta de "
        "seguridad social?",
        "faq:1",
    ),
    (
        "es",
        "faq",
        "mi contrato habla de la tarjeta del seguro médico pero a mí me dieron la de seguridad "
        "social. ¿son la misma tarjeta?",
        "faq:2",
    ),
    (
        "es",
        "faq",
        "el aviso del ayuntamiento dice 'tarjeta ciudadana'. ¿es la misma que la de seguridad "
        "social?",
        "faq:3",
    ),
    (
        "es",
        "faq",
        "la app muestra un 'certificado electrónico de seguro médico' y otra cosa que pone "
        "'tarjeta electrónica de seguridad social'. ¿son lo mismo?",
        "faq:5",
    ),
    (
        "es",
        "faq",
        "el folleto dice que la tarjeta de seguridad social 'registra datos personales'. ¿qué "
        "registra exactamente y qué puedo hacer con ella?",
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "el papel cita el artículo 3 de la ley de seguro social, lo de 'amplia cobertura'. ¿qué "
        "dice ese artículo?",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "en la pared de la oficina hay un texto del artículo 4 de las Medidas Administrativas "
        "sobre Tarjetas de Seguridad Social. ¿qué establece?",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas tardes", "greeting"),
    ("es", "greeting", "gracias, ya entendí lo que pone el formulario", "greeting"),
    ("es", "greeting", "vale, chao", "greeting"),
)
