"""Fifty-second phrasing set (vague askers who half-remember card names), written blind from the
seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FIFTYSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "hi sorry not sure how to ask this. going to the hospital tomorrow and i "
     "have like 3 cards in my wallet, which one do they actually want", "task:hospital"),
    ("en", "task", "everything health related, doctor, meds, getting money back... which card for "
     "which?? im lost", "tasks:care"),
    ("en", "task", "need to register at the hospital, do i use the insurance one or the health one "
     "or what", "task:hospital"),
    ("en", "task", "buying medicine at the pharmacy with that card... the blue-ish one from the "
     "bureau? or a different one", "task:pharmacy"),
    ("en", "task", "which of them works at the drugstore for pills", "task:pharmacy"),
    ("en", "task", "i paid out of pocket at the clinic, which card gets me the money back? the "
     "insurance one?", "task:reimburse"),
    ("en", "task", "how do i claim back medical costs, my friend said some card does it but "
     "couldnt remember which", "task:reimburse"),
    ("en", "task", "i want to see my medical records, is there a card for that, the health "
     "something", "task:healthfile"),
    ("en", "task", "where can i look up my health file thingy", "task:healthfile"),
    ("en", "task", "doing medical insurance stuff online, which e-thing do i need on my phone",
     "task:online"),
    ("en", "task", "the website wants some electronic certificate for the medical insurance to do "
     "it online... which one is that", "task:online"),
    ("en", "task", "my dad retired here, what card does he need to get his pension",
     "task:pension"),
    ("en", "task", "the old age money thing, which card is it tied to", "task:pension"),
    ("en", "task", "lost my job last week. someone said i need 'the card' for unemployment money "
     "but WHICH card??", "task:unemployment"),
    ("en", "task", "unemployment benefits - the bureau card or something else?",
     "task:unemployment"),
    ("en", "task", "hurt my hand at the factory, for the work injury insurance what do i need",
     "task:injury"),
    ("en", "task", "work accident benefits which card do i show", "task:injury"),
    ("en", "task", "how do i check if my company actually paid my insurance, is that done with "
     "the card", "task:contributions"),
    ("en", "task", "want to see how much has been paid into my social insurance so far, not sure "
     "where", "task:contributions"),
    ("en", "task", "that card people tap on the bus, is it one of these", "task:transport"),
    ("en", "task", "can any of these cards get me on the metro", "task:transport"),
    ("en", "task", "my neighbour uses some card for the public reading room, which one is that",
     "task:services"),
    ("en", "task", "theres a card for local public services right?? i dont know the name",
     "task:services"),
    ("en", "task", "which one can i use to prove who i am, like an id", "task:identity"),
    ("en", "task", "i need something to show my identity and my passport is at the visa office, "
     "would the city card work", "task:identity"),
    ("en", "task", "how do i get the social security card thing, who can apply", "task:getsocial"),
    ("en", "task", "just started a new job, how do i get that bureau card, am i even eligible",
     "task:getsocial"),
    ("en", "task", "how do i get the e version of the social security card onto my phone",
     "task:getesocial"),
    ("en", "task", "the electronic medical insurance whatsit, how do i get it, can anyone",
     "task:getemedical"),
    ("en", "task", "the city card everyone seems to have, how do i get one", "task:getcitizen"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "card thing", "cards"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "e-card", ("card:esocial", "card:emedical")),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "healt", "card:health"),
    ("en", "short", "medical insur", "card:medical"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "laws", "law"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "hospita", "task:hospital"),
    ("en", "short", "unemploy", "task:unemployment"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "i lost the blue-ish card from the bureau, how do i get a new one", "none"),
    ("en", "oos", "the e-thing on my phone keeps saying verification failed?? what do i do",
     "none"),
    ("en", "oos", "how long does the card thing take to arrive after you apply", "none"),
    ("en", "oos", "how much does it cost to get the insurance one", "none"),
    ("en", "oos", "forgot the pin for the social card thing", "none"),
    ("en", "oos", "what percent of my salary goes to the pension insurance", "none"),
    ("en", "oos", "is it different in shenzhen? like the local rules for the city card", "none"),
    ("en", "oos", "as a foreigner am i even allowed to have it, the social one i mean", "none"),
    ("en", "oos", "the housing fund thing, is that on the same card or separate", "none"),
    ("en", "oos", "my card expired i think?? how do i renew it", "none"),
    ("en", "oos", "can i use the insurance card back home in canada", "none"),
    ("en", "oos", "whats the phone number for the bureau", "none"),
    ("en", "oos", "which bank is best for linking the card thing to", "none"),
    ("en", "oos", "does the insurance one cover dental", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "the e-thing on my phone for social security, is it a real card or just an app "
     "thing", "card:esocial:form"),
    ("en", "card", "the old insurance card with the bank logo on it, who even made those",
     "card:medical:issuer"),
    ("en", "card", "that health card thing what does it actually keep on it",
     "card:health:records"),
    ("en", "card", "is the social security card safe? like can someone copy it",
     "card:social:security"),
    ("en", "card", "the city card, what's that exactly", "card:citizen"),
    ("en", "card", "the electronic medical insurance certificate or whatever it's called, "
     "what's it for", "card:emedical:function"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "the health card and the e medical certificate, whats the diff",
     "cmp:emedical:health"),
    ("en", "compare", "citizen card vs the hospital card... how are they different",
     "cmp:health:citizen"),
    ("en", "compare", "the insurance one and the bureau one, how do they differ? who gives "
     "them out and what they do", ("cmp:social:medical", "faq:2")),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health thing also a social security card or am i mixing them up",
     ("faq:1", "cmp:social:health")),
    ("en", "faq", "the 'human resources and social security card', is that a social security card "
     "or some other one", "faq:4"),
    ("en", "faq", "what kinds of social insurance are there again, pension and... something",
     "faq:6"),
    ("en", "faq", "when does my boss have to sign me up for the insurance stuff", "faq:9"),
    ("en", "faq", "my social security number, what is it? i dont think i ever got one", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "the law bit that says what a social security card even is, the definition one",
     "law:ssc-2"),
    ("en", "law", "there's some article about them keeping records of what i paid and me checking "
     "for free?", "law:sil-74"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi... um hello? not sure what im asking tbh", "greeting"),
    ("en", "greeting", "ok thx i think that's it", "greeting"),
    ("en", "greeting", "bye bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "hola, no sé bien cómo preguntar... mañana voy al hospital, qué tarjeta llevo, "
     "la del seguro o la otra", "task:hospital"),
    ("es", "task", "para sacar turno en el hospital cual tarjeta era", "task:hospital"),
    ("es", "task", "la tarjeta esa para pagar en el hospital cuál es", "task:hospital"),
    ("es", "task", "con cuál compro medicinas en la farmacia? la del buró?", "task:pharmacy"),
    ("es", "task", "farmacia... la tarjeta esa sirve para comprar remedios??", "task:pharmacy"),
    ("es", "task", "pagué la consulta de mi bolsillo, cómo recupero la plata, con eso del seguro?",
     "task:reimburse"),
    ("es", "task", "reembolso de gastos médicos, qué tarjeta se usa", "task:reimburse"),
    ("es", "task", "quiero ver mi historial médico, hay alguna tarjeta de salud para eso?",
     "task:healthfile"),
    ("es", "task", "dónde consulto mi expediente de salud", "task:healthfile"),
    ("es", "task", "hacer trámites del seguro médico por internet, qué necesito en el celu",
     "task:online"),
    ("es", "task", "eso electrónico del seguro médico para hacer cosas en línea, cuál es",
     "task:online"),
    ("es", "task", "mi mamá se jubila, con qué tarjeta cobra la pensión", "task:pension"),
    ("es", "task", "para cobrar la jubilación hace falta la tarjeta esa de la seguridad social?",
     "task:pension"),
    ("es", "task", "me quedé sin trabajo y me dijeron que con 'la tarjeta' pido el paro, pero cuál",
     "task:unemployment"),
    ("es", "task", "cosas de plata: pensión, paro, accidentes... qué tarjeta para cada una",
     "tasks:money"),
    ("es", "task", "me accidenté en el trabajo, para el seguro de accidentes laborales qué uso",
     "task:injury"),
    ("es", "task", "lesión laboral, prestaciones, con qué tarjeta se tramita eso", "task:injury"),
    ("es", "task", "cómo veo si mi empresa pagó de verdad mis cotizaciones", "task:contributions"),
    ("es", "task", "quiero consultar cuánto se ha aportado a mi seguro social hasta ahora",
     "task:contributions"),
    ("es", "task", "la tarjeta esa que pasas en el bus, es alguna de estas?", "task:transport"),
    ("es", "task", "para el metro sirve alguna de estas tarjetas", "task:transport"),
    ("es", "task", "una tarjeta para la sala de lectura pública, cuál era?", "task:services"),
    ("es", "task", "para la vida diaria, bus, biblioteca, identificarme... qué tarjeta",
     "tasks:life"),
    ("es", "task", "cuál me sirve para identificarme, como un documento", "task:identity"),
    ("es", "task", "necesito demostrar quién soy y no tengo el pasaporte a mano, sirve la tarjeta "
     "ciudadana?", "task:identity"),
    ("es", "task", "cómo saco la tarjeta de seguridad social, quién la puede pedir",
     "task:getsocial"),
    ("es", "task", "cómo activo la versión electrónica de la tarjeta del seguro social en el móvil",
     "task:getesocial"),
    ("es", "task", "el certificado electrónico ese del seguro médico, cómo lo consigo",
     "task:getemedical"),
    ("es", "task", "quiero la tarjeta ciudadana esa, cómo se saca", "task:getcitizen"),
    ("es", "task", "no sé qué tarjeta me tengo que sacar, todas?? cuáles hay que pedir",
     "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "pensi", "task:pension"),
    ("es", "short", "desemp", "task:unemployment"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "tarjeta electr", ("card:esocial", "card:emedical")),
    ("es", "short", "autobús", "task:transport"),
    ("es", "short", "historial médico", "task:healthfile"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta esa azulita del buró, qué hago", "none"),
    ("es", "oos", "eso del seguro en el celu no me abre, da error todo el rato", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta después de pedirla", "none"),
    ("es", "oos", "cuánto cuesta sacar la tarjeta del seguro", "none"),
    ("es", "oos", "olvidé el pin de la tarjeta esa", "none"),
    ("es", "oos", "qué porcentaje del sueldo me descuentan para la pensión", "none"),
    ("es", "oos", "en Shanghái las reglas son distintas? para la tarjeta ciudadana digo", "none"),
    ("es", "oos", "soy extranjera, tengo derecho a la tarjeta de seguridad social?", "none"),
    ("es", "oos", "lo del fondo de vivienda, va en la misma tarjeta?", "none"),
    ("es", "oos", "se me venció la tarjeta, cómo la renuevo", "none"),
    ("es", "oos", "el seguro ese cubre el dentista?", "none"),
    ("es", "oos", "a qué hora abre la oficina del buró", "none"),
    ("es", "oos", "puedo usar la tarjeta del seguro cuando viaje a México", "none"),
    ("es", "oos", "cuánto me van a pagar de paro al mes", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "la tarjeta ciudadana esa, quién la emite?", "card:citizen:issuer"),
    ("es", "card", "la tarjeta de salud, quién la gestiona, el hospital?", "card:health:manager"),
    ("es", "card", "la vieja tarjeta del seguro médico, para qué servía", "card:medical:function"),
    ("es", "card", "el certificado electrónico del seguro médico, quién lo emite",
     "card:emedical:issuer"),
    ("es", "card", "qué guarda la tarjeta de seguridad social, qué datos tiene adentro",
     ("card:social:records", "faq:7")),
    ("es", "card", "qué es eso de la tarjeta electrónica de seguridad social", "card:esocial"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencia entre la tarjeta física del seguro social y la electrónica",
     "cmp:social:esocial"),
    ("es", "compare", "la tarjeta de salud y la del seguro médico viejo, en qué se diferencian",
     "cmp:medical:health"),
    ("es", "compare", "la tarjeta ciudadana y lo electrónico del seguro médico, en qué se parecen "
     "o se diferencian", "cmp:emedical:citizen"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta de seguridad social es lo mismo que la del seguro médico?",
     ("faq:2", "cmp:social:medical")),
    ("es", "faq", "la tarjeta ciudadana es la misma que la de seguridad social o no?",
     ("faq:3", "cmp:social:citizen")),
    ("es", "faq", "eso del certificado médico electrónico y la tarjeta social electrónica, son lo "
     "mismo?", ("faq:5", "cmp:esocial:emedical")),
    ("es", "faq", "qué registra la tarjeta del seguro social y qué puedo hacer con ella", "faq:7"),
    ("es", "faq", "qué tipos de tarjeta de seguridad social hay", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice la ley sobre los principios del seguro social, cobertura amplia o algo "
     "así", "law:sil-3"),
    ("es", "law", "hay un artículo que dice que la tarjeta sirve en todo el país, una para todo, "
     "cuál es", "law:ssc-4"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, eh, no sé muy bien qué preguntar", "greeting"),
    ("es", "greeting", "gracias, creo que ya entendí", "greeting"),
    ("es", "greeting", "chau", "greeting"),
)
