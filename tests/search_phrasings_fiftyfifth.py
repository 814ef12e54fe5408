"""Fifty-fifth phrasing set (Americans, Canadians, Mexicans and Colombians, casual, comparing
everything with back home: SSN, Medicare, IMSS, EPS), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FIFTYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "ok so back home i just flash my blue cross card at the ER. here in china "
     "which card do i hand over at the hospital", "task:hospital"),
    ("en", "task", "canadian here, in ontario i show my OHIP card at the clinic. what do i show "
     "when i register at a hospital in china?", "task:hospital"),
    ("en", "task", "need to grab cold meds at the pharmacy, like a quick CVS run, which card do "
     "they want", "task:pharmacy"),
    ("en", "task", "can i pay for prescriptions at the drugstore w one of these cards or do i "
     "just use wechat pay like a tourist", "task:pharmacy"),
    ("en", "task", "in the states you file a claim and wait 6 weeks for the EOB lol. how do i get "
     "my hospital bills reimbursed here, which card", "task:reimburse"),
    ("en", "task", "got a bill from a clinic visit and want the insurance to pay me back, what "
     "do i use for that", "task:reimburse"),
    ("en", "task", "where can i see my own medical records? like a mychart patient portal "
     "type of thing", "task:healthfile"),
    ("en", "task", "how do i pull up my health file here", "task:healthfile"),
    ("en", "task", "i want to do my medical insurance stuff online instead of standing in line, "
     "kinda like medicare.gov. what do i need", "task:online"),
    ("en", "task", "which card lets me handle health insurance business from my phone without "
     "going to an office", "task:online"),
    ("en", "task", "when i retire what's the card for collecting the pension, like the social "
     "security checks back home", "task:pension"),
    ("en", "task", "my father in law is retiring in chengdu, what does he use to actually draw "
     "his pension", "task:pension"),
    ("en", "task", "got laid off from my teaching gig. back in canada i'd just file for EI. which "
     "card do i use to claim unemployment here", "task:unemployment"),
    ("en", "task", "how do i apply for unemployment benefits in china, do i need some card",
     "task:unemployment"),
    ("en", "task", "hurt my back at work, in the US that'd be workers comp. what card do i need "
     "for work injury benefits", "task:injury"),
    ("en", "task", "coworker got hurt on the factory floor, what does he need to claim the work "
     "related injury insurance", "task:injury"),
    ("en", "task", "how do i check if my employer is actually paying into my social insurance? "
     "like checking my earnings record on the SSA site", "task:contributions"),
    ("en", "task", "wanna see how much has been paid in so far, something like my CPP "
     "statement", "task:contributions"),
    ("en", "task", "can any of these cards work like a metrocard on the subway", "task:transport"),
    ("en", "task", "is there a card i can just tap on the bus like my presto card in toronto",
     "task:transport"),
    ("en", "task", "the public reading room near my place, which card gets me in there",
     "task:services"),
    ("en", "task", "what card do i use for local public services in my city, like stuff the "
     "city government runs", "task:services"),
    ("en", "task", "what can i use to prove who i am here besides my passport? back home it'd be "
     "my drivers license", "task:identity"),
    ("en", "task", "how do i get a social security card? is it like going to the SSA office with "
     "my birth certificate", "task:getsocial"),
    ("en", "task", "my company just hired me in beijing, how do i go about getting the ssc",
     "task:getsocial"),
    ("en", "task", "how do i get the electronic social security card onto my phone",
     "task:getesocial"),
    ("en", "task", "how do i get the electronic medical insurance thingy, the digital one "
     "everyone scans", "task:getemedical"),
    ("en", "task", "how can i get a citizen card, is it kinda like a state ID", "task:getcitizen"),
    ("en", "task", "all the health stuff, doctor, pharmacy, getting reimbursed... which card "
     "is for what", "tasks:care"),
    ("en", "task", "money side of things: pension, unemployment, checking what got paid in. "
     "which card handles all that", "tasks:money"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "ssn", "faq:10"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "e-social sec", "card:esocial"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "laws", "law"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "unemploym", "task:unemployment"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "lost my social security card on the subway, how do i get a replacement",
     "none"),
    ("en", "oos", "how much does it cost to get the social security card made? my SSN card back "
     "home was free", "none"),
    ("en", "oos", "how many weeks does it take for the card to show up after applying", "none"),
    ("en", "oos", "does china have a totalization agreement with the US so i dont pay into both "
     "systems", "none"),
    ("en", "oos", "if i move back to vancouver can i get my pension contributions refunded",
     "none"),
    ("en", "oos", "what's the contribution rate, like what % comes out of my paycheck each month",
     "none"),
    ("en", "oos", "does my chinese medical insurance cover me when i visit family in texas",
     "none"),
    ("en", "oos", "the housing fund thing, is it like a 401k? can i cash it out when i leave",
     "none"),
    ("en", "oos", "forgot the PIN for my social security card, how do i reset it", "none"),
    ("en", "oos", "in shenzhen can i use the card at private international clinics like united "
     "family", "none"),
    ("en", "oos", "my card expired last month, how do i renew it", "none"),
    ("en", "oos", "can i add my wife and kids to my plan like family coverage back in the states",
     "none"),
    ("en", "oos", "how much does unemployment pay per week here? EI gave me like 55% of my wage",
     "none"),
    ("en", "oos", "moved apartments, how do i update my address on the social security card",
     "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what even is the citizen card? we dont have anything like that in the US",
     "card:citizen"),
    ("en", "card", "who actually issues the social security card? back home it's the SSA, who "
     "does it in china", "card:social:issuer"),
    ("en", "card", "that old medical insurance card my coworker still has, how secure is it? "
     "heard it's easy to mess with", "card:medical:security"),
    ("en", "card", "who manages the health card, the hospital or some government office",
     "card:health:manager"),
    ("en", "card", "is the electronic medical insurance certificate a real card or just a thing "
     "in an app", "card:emedical:form"),
    ("en", "card", "who runs the electronic social security card, like which platform or agency "
     "manages it", "card:esocial:manager"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "whats the diff between the social security card and the health card? in "
     "canada the health card IS the insurance so im confused", ("cmp:social:health", "faq:1")),
    ("en", "compare", "citizen card vs health card, which one is which", "cmp:health:citizen"),
    ("en", "compare", "old plastic medical insurance card vs the new electronic medical insurance "
     "certificate, what changed", "cmp:medical:emedical"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "what's the chinese equivalent of my social security number", "faq:10"),
    ("en", "faq", "when does my employer have to sign me up for social insurance? my boss keeps "
     "saying next month", "faq:9"),
    ("en", "faq", "what kinds of social insurance are there in china? is it like medicare plus "
     "social security plus unemployment", "faq:6"),
    ("en", "faq", "is the 'human resources and social security card' a social security card or "
     "some other card", "faq:4"),
    ("en", "faq", "are there different types of social security card? like one for workers and "
     "one for companies", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the social insurance law say", "law:sil-58"),
    ("en", "law", "what does the law say about keeping records of my contributions, can i check "
     "them for free", "law:sil-74"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey there", "greeting"),
    ("en", "greeting", "thanks eh, super helpful", "greeting"),
    ("en", "greeting", "ok cool, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "oye en México con el IMSS llevo mi carnet a la clínica, aquí en China qué "
     "tarjeta llevo al hospital?", "task:hospital"),
    ("es", "task", "qué tarjeta uso pa sacar turno y pagar en el hospital? allá en colombia con "
     "la EPS solo daba la cédula", "task:hospital"),
    ("es", "task", "quiero comprar medicinas en la farmacia, como en farmacias similares, con "
     "qué tarjeta pago", "task:pharmacy"),
    ("es", "task", "se puede usar alguna tarjeta en la droguería pa comprar los remedios?",
     "task:pharmacy"),
    ("es", "task", "cómo hago para que me reembolsen los gastos médicos? en Colombia la EPS "
     "nunca me devolvía nada jaja", "task:reimburse"),
    ("es", "task", "pagué una consulta de mi bolsillo, qué tarjeta necesito para el reembolso",
     "task:reimburse"),
    ("es", "task", "con qué tarjeta se cobra la pensión cuando uno se jubila? tipo lo de la "
     "Afore en México", "task:pension"),
    ("es", "task", "mi suegro ya se va a pensionar en Hangzhou, qué necesita pa cobrar la "
     "pensión", "task:pension"),
    ("es", "task", "me corrieron de la chamba, con qué tarjeta pido el seguro de desempleo",
     "task:unemployment"),
    ("es", "task", "qué tarjeta sirve para tramitar el subsidio de desempleo", "task:unemployment"),
    ("es", "task", "cómo reviso mis semanas cotizadas, o sea lo que ha pagado mi empresa, como "
     "en el IMSS", "task:contributions"),
    ("es", "task", "quiero consultar mis aportes, como cuando reviso la planilla PILA en "
     "Colombia", "task:contributions"),
    ("es", "task", "sirve alguna tarjeta para el metro como la Cívica de Medellín?",
     "task:transport"),
    ("es", "task", "en CDMX uso la tarjeta de movilidad integrada, aquí cuál sirve pal camión",
     "task:transport"),
    ("es", "task", "cómo saco la tarjeta de seguridad social? acabo de entrar a trabajar en "
     "Shanghái", "task:getsocial"),
    ("es", "task", "quién puede tramitar la tarjeta de seguridad social y cómo se hace, porfa",
     "task:getsocial"),
    ("es", "task", "necesito algo para demostrar quién soy, como la INE en México, cuál tarjeta "
     "sirve", "task:identity"),
    ("es", "task", "qué tarjeta me sirve como identificación aquí, algo como la cédula",
     "task:identity"),
    ("es", "task", "cómo activo la tarjeta electrónica de seguridad social en el cel",
     "task:getesocial"),
    ("es", "task", "ya tengo la tarjeta física, cómo saco la versión electrónica?",
     "task:getesocial"),
    ("es", "task", "cómo obtengo el certificado electrónico del seguro médico", "task:getemedical"),
    ("es", "task", "quiero el comprobante digital del seguro médico, como la app de mi EPS, cómo "
     "lo consigo", "task:getemedical"),
    ("es", "task", "cómo tramito la tarjeta ciudadana, la que dan en cada ciudad",
     "task:getcitizen"),
    ("es", "task", "dónde consulto mi historial médico, o sea mi expediente clínico",
     "task:healthfile"),
    ("es", "task", "quiero hacer los trámites del seguro médico por internet sin ir a la "
     "ventanilla, qué necesito", "task:online"),
    ("es", "task", "me lastimé en la obra, en Colombia eso lo cubre la ARL, aquí qué tarjeta uso "
     "para el seguro de accidentes de trabajo", "task:injury"),
    ("es", "task", "qué necesito para cobrar las prestaciones por riesgo de trabajo, como le "
     "dicen en el IMSS", "task:injury"),
    ("es", "task", "qué tarjeta sirve para entrar a la sala de lectura pública del barrio",
     "task:services"),
    ("es", "task", "cosas del día a día: transporte, identificarme, servicios públicos, qué "
     "tarjeta para cada cosa", "tasks:life"),
    ("es", "task", "cómo se saca cada tarjeta? dame la guía para conseguirlas todas",
     "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "nss", "faq:10"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "hospit", "task:hospital"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "leyes", "law"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta de seguridad social en un taxi, cómo la repongo", "none"),
    ("es", "oos", "cuánto cuesta sacar la tarjeta? en el IMSS no me cobraron nada", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta después de pedirla", "none"),
    ("es", "oos", "hay convenio de seguridad social entre México y China para sumar las semanas "
     "cotizadas?", "none"),
    ("es", "oos", "si me regreso a Colombia me devuelven lo que aporté a la pensión?", "none"),
    ("es", "oos", "qué porcentaje del sueldo me descuentan para el seguro social", "none"),
    ("es", "oos", "el fondo de vivienda es como el Infonavit? puedo usarlo para comprar casa",
     "none"),
    ("es", "oos", "se me olvidó el PIN de la tarjeta, cómo lo cambio", "none"),
    ("es", "oos", "en Guangzhou cuáles son los requisitos específicos de la ciudad para la "
     "tarjeta", "none"),
    ("es", "oos", "mi tarjeta ya venció, cómo la renuevo", "none"),
    ("es", "oos", "puedo poner a mi esposa y a mis hijos como beneficiarios como en el IMSS?",
     "none"),
    ("es", "oos", "cuánto me van a pagar de pensión al mes más o menos", "none"),
    ("es", "oos", "como extranjero tengo derecho a la pensión china o solo los chinos?", "none"),
    ("es", "oos", "el seguro médico de aquí cubre dentista y lentes? mi EPS no cubría nada de eso",
     "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es la tarjeta sanitaria? en México no tenemos algo así", "card:health"),
    ("es", "card", "quién emite el certificado electrónico del seguro médico",
     "card:emedical:issuer"),
    ("es", "card", "para qué sirve la tarjeta ciudadana", "card:citizen:function"),
    ("es", "card", "la tarjeta de seguridad social es de plástico o es digital?",
     "card:social:form"),
    ("es", "card", "la tarjeta vieja del seguro médico quién la daba? el banco?",
     "card:medical:issuer"),
    ("es", "card", "la tarjeta electrónica de seguridad social es segura? me da miedo que me "
     "hackeen", "card:esocial:security"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencia entre la tarjeta ciudadana y la de seguridad social",
     ("cmp:social:citizen", "faq:3")),
    ("es", "compare", "tarjeta de seguridad social vs la electrónica, qué cambia entre una y "
     "otra", "cmp:social:esocial"),
    ("es", "compare", "certificado electrónico del seguro médico vs tarjeta sanitaria, "
     "compáramelas", "cmp:emedical:health"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta de seguridad social es lo mismo que la del seguro médico? como el "
     "carnet del IMSS", "faq:2"),
    ("es", "faq", "la tarjeta sanitaria cuenta como tarjeta de seguridad social?", "faq:1"),
    ("es", "faq", "qué queda registrado en la tarjeta de seguridad social y qué puedo hacer con "
     "ella", "faq:7"),
    ("es", "faq", "en cuánto tiempo me tiene que afiliar mi patrón al seguro social? en Colombia "
     "es desde el primer día", "faq:9"),
    ("es", "faq", "oye el certificado electrónico del seguro médico y la tarjeta electrónica de "
     "seguridad social son la misma cosa o dos apps distintas?", "faq:5"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 2 de la ley de seguro social de china", "law:sil-2"),
    ("es", "law", "qué artículo de las medidas administrativas dice quién se encarga de emitir "
     "las tarjetas de seguridad social", "law:ssc-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias, muy amable", "greeting"),
    ("es", "greeting", "chao parce, gracias", "greeting"),
)
