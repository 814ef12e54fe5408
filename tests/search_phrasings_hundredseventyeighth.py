"""Hundred-and-seventy-eighth phrasing set (community volunteers and church or mosque helpers
who assist migrant families), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSEVENTYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "a dad from our mosque has a high fever, which card should he bring to register "
     "at the hospital?", "task:hospital"),
    ("en", "task", "family I'm helping has to pay at the hospital, can they just use the social "
     "security card for that", ("task:hospital", "card:social:function")),
    ("en", "task", "grandma needs to see a doctor at a designated hospital, can she use her "
     "medical insurance personal account there?", "task:hospital"),
    ("en", "task", "the mum needs to buy medicine for her little boy, what card works at the "
     "pharmacy?", "task:pharmacy"),
    ("en", "task", "can the citizen card be used to buy medicines at the chemist?",
     ("task:pharmacy", "card:citizen:function")),
    ("en", "task", "doctor gave a prescription, can they pick it up at a designated pharmacy with "
     "the ss card", "task:pharmacy"),
    ("en", "task", "One of our church members paid a big hospital bill out of pocket. how does he "
     "get the medical expenses reimbursed?", "task:reimburse"),
    ("en", "task", "how do we get money back for the kid's hospital stay, which card do they use "
     "to claim?", "task:reimburse"),
    ("en", "task", "a migrant worker wants to look up his own health file, which card lets him do "
     "that?", "task:healthfile"),
    ("en", "task", "she wants to do her medical insurance business online from her phone, what "
     "does she need?", "task:online"),
    ("en", "task", "older man in our congregation is retiring soon, what card does he need to "
     "draw his pension?", "task:pension"),
    ("en", "task", "young father just lost his factory job, how does he claim unemployment "
     "benefits?", "task:unemployment"),
    ("en", "task", "a man we support wants to register as job seeking and sign up for vocational "
     "training, which card?", "task:unemployment"),
    ("en", "task", "brother from the mosque got hurt on a construction site, what card does he "
     "use for work injury benefits?", "task:injury"),
    ("en", "task", "after his accident at the plant they want a work ability assessment, what "
     "card does he take?", "task:injury"),
    ("en", "task", "how can I help someone check if their boss has actually been paying their "
     "social insurance?", "task:contributions"),
    ("en", "task", "our volunteer team wants to see how much pension insurance a worker has "
     "built up so far", "task:contributions"),
    ("en", "task", "is there a card the kids can use on the bus and the subway?", "task:transport"),
    ("en", "task", "the family wants to rent a car for a weekend, is there a card with an e-wallet "
     "for that?", "task:transport"),
    ("en", "task", "which card lets a family use local public services, like the public reading "
     "room?", "task:services"),
    ("en", "task", "she left her passport at home, is there a card that can prove who she is?",
     "task:identity"),
    ("en", "task", "how does a newly hired worker get a social security card in the first place?",
     "task:getsocial"),
    ("en", "task", "how do I help a family set up the electronic social security card on their "
     "phone?", "task:getesocial"),
    ("en", "task", "who can get the electronic medical insurance certificate? the wife has "
     "medical insurance thru work", "task:getemedical"),
    ("en", "task", "can a family that just moved here get a citizen card, or is it only for "
     "locals?", "task:getcitizen"),
    ("en", "task", "what can migrant families actually do with these cards? a list would help "
     "our help desk", "tasks"),
    ("en", "task", "which cards help with doctors, hospitals and medicine stuff?", "tasks:care"),
    ("en", "task", "for money things like pension and unemployment pay, which card do they use?",
     "tasks:money"),
    ("en", "task", "for everyday life in the city, getting around and so on, which card is "
     "useful?", "tasks:life"),
    ("en", "task", "we are new at this - how does a family get each of the cards?",
     "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "health card", "card:health"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "pensi", "task:pension"),
    ("en", "short", "medicine", "task:pharmacy"),
    ("en", "short", "ss card vs medical card", ("faq:2", "cmp:social:medical")),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "old medical insurance card", "card:medical"),
    ("en", "short", "social security numb", "faq:10"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "The family lost their social security card on the bus, how do they get a new "
     "one?", "none"),
    ("en", "oos", "how long does it take for the social security card to be ready?", "none"),
    ("en", "oos", "is there a fee to apply for the citizen card?", "none"),
    ("en", "oos", "whats the phone number of the social security bureau in Guangzhou?", "none"),
    ("en", "oos", "what time does the social security office open on saturdays?", "none"),
    ("en", "oos", "can a foreigner on a work permit get unemployment benefits in China?", "none"),
    ("en", "oos", "if they go back home, can they take their pension money with them?", "none"),
    ("en", "oos", "our church wants to rent a hall for a community dinner, any tips?", "none"),
    ("en", "oos", "how do we get the kids enrolled in the local primary school?", "none"),
    ("en", "oos", "does medical insurance cover dental work for the children?", "none"),
    ("en", "oos", "the chip on his card stopped working, where can they get it fixed?", "none"),
    ("en", "oos", "how much do they pay every month for social insurance?", "none"),
    ("en", "oos", "can I as a volunteer apply for the card on someone else's behalf?", "none"),
    ("en", "oos", "is there an interpreter at the hospital for Spanish speakers?", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what exactly is the electronic social security card?",
     ("card:esocial", "card:esocial:what")),
    ("en", "card", "who issues the electronic medical insurance certificate?",
     "card:emedical:issuer"),
    ("en", "card", "what info does the health card keep about a person?", "card:health:records"),
    ("en", "card", "can the social security card be used in other provinces or only in the city "
     "where they got it?", "card:social:scope"),
    ("en", "card", "who gives out the citizen card, is it the city government?",
     "card:citizen:issuer"),
    ("en", "card", "grandpa still has an old medical insurance card, tell me about that card",
     "card:medical"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "a family has both a citizen card and a social security card - what's the "
     "difference between them?", "cmp:social:citizen"),
    ("en", "compare", "difference between the electronic social security card and the electronic "
     "medical insurance certificate? both are on the phone", "cmp:esocial:emedical"),
    ("en", "compare", "how is the health card different from the social security card?",
     "cmp:social:health"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health card basically a social security card?", "faq:1"),
    ("en", "faq", "a lady asked me if her medical insurance card and social security card are the "
     "same thing", "faq:2"),
    ("en", "faq", "what kinds of social insurance are there in China? the families keep asking",
     "faq:6"),
    ("en", "faq", "when does the employer have to sign a new worker up for social insurance?",
     "faq:9"),
    ("en", "faq", "what is a social security number? one of our families has no idea what theirs "
     "is", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which laws cover these cards? I want to print them for our help desk", "law"),
    ("en", "law", "what does article 58 of the social insurance law say?", "law:sil-58"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there, I volunteer with migrant families", "greeting"),
    ("en", "greeting", "thank you so much, this helps a lot", "greeting"),
    ("en", "greeting", "ok bye, God bless", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "Una señora de la parroquia tiene que ir al médico, ¿qué tarjeta lleva para "
     "registrarse en el hospital?", "task:hospital"),
    ("es", "task", "¿con la tarjeta del seguro social se puede pagar la consulta en el hospital?",
     ("task:hospital", "card:social:function")),
    ("es", "task", "el niño necesita un jarabe, ¿en la farmacia le aceptan la tarjeta de "
     "seguridad social?", "task:pharmacy"),
    ("es", "task", "¿puede comprar medicinas con la cuenta personal del seguro medico en una "
     "farmacia designada?", "task:pharmacy"),
    ("es", "task", "¿Cómo hace un hermano de la mezquita para que le devuelvan lo que pagó en el "
     "hospital?", "task:reimburse"),
    ("es", "task", "¿se puede pedir el reembolso de gastos médicos con alguna tarjeta?",
     "task:reimburse"),
    ("es", "task", "quieren ver su historial de salud, ¿con qué tarjeta se consulta el "
     "expediente?", "task:healthfile"),
    ("es", "task", "¿cómo hago los trámites del seguro médico por internet para una familia que "
     "no sabe usar el celular?", "task:online"),
    ("es", "task", "la mamá quiere hacer gestiones del seguro médico en una app, ¿qué necesita?",
     "task:online"),
    ("es", "task", "un abuelo de la comunidad ya se jubila, ¿con qué tarjeta cobra su pensión?",
     "task:pension"),
    ("es", "task", "¿qué le hace falta para cobrar la jubilacion?", "task:pension"),
    ("es", "task", "lo despidieron de la fábrica, ¿cómo pide el subsidio de desempleo?",
     "task:unemployment"),
    ("es", "task", "necesita inscribirse como buscador de empleo y hacer un curso de capacitación, "
     "¿con cuál tarjeta?", "task:unemployment"),
    ("es", "task", "se lastimó en la obra, ¿cómo cobra el seguro por accidente de trabajo?",
     "task:injury"),
    ("es", "task", "le piden una evaluación de capacidad laboral después del accidente, ¿qué "
     "tarjeta usa?", "task:injury"),
    ("es", "task", "¿cómo saber si la empresa de verdad le está pagando el seguro social a un "
     "trabajador?", "task:contributions"),
    ("es", "task", "quiero ayudarle a revisar cuánto lleva cotizado para la pensión",
     "task:contributions"),
    ("es", "task", "¿hay alguna tarjeta para el metro y el autobús?", "task:transport"),
    ("es", "task", "¿con la tarjeta ciudadana pueden pagar el bus los chicos?", "task:transport"),
    ("es", "task", "¿qué tarjeta sirve para usar los servicios públicos de la ciudad, como la "
     "sala de lectura?", "task:services"),
    ("es", "task", "no trae el pasaporte, ¿hay alguna tarjeta que sirva para identificarse?",
     "task:identity"),
    ("es", "task", "¿cómo saca la tarjeta de seguridad social un trabajador recién contratado?",
     "task:getsocial"),
    ("es", "task", "¿cómo se activa la tarjeta electrónica de seguridad social en el teléfono?",
     "task:getesocial"),
    ("es", "task", "¿quién puede obtener el certificado electrónico del seguro médico?",
     "task:getemedical"),
    ("es", "task", "¿cómo consigue una familia migrante la tarjeta ciudadana?", "task:getcitizen"),
    ("es", "task", "soy voluntaria y no sé por dónde empezar, ¿qué trámites se pueden hacer con "
     "estas tarjetas?", "tasks"),
    ("es", "task", "cosas de salud: médico, medicinas, hospital... ¿qué tarjetas usan?",
     "tasks:care"),
    ("es", "task", "para temas de dinero como pensión o paro, ¿qué tarjeta les sirve?",
     "tasks:money"),
    ("es", "task", "para la vida diaria en la ciudad, transporte y esas cosas, ¿cuál tarjeta?",
     "tasks:life"),
    ("es", "task", "¿cómo se obtiene cada una de las tarjetas?", "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro social electr", "card:esocial"),
    ("es", "short", "certificado médico electrónico", "card:emedical"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "número de seguro social", "faq:10"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "accidente laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdieron la tarjeta de seguridad social, ¿cómo piden una nueva?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuántos días tardan en entregar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿cuál es el teléfono de la oficina del seguro social en Shanghái?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de seguridad social?", "none"),
    ("es", "oos", "¿un extranjero sin permiso de trabajo puede tener seguro médico?", "none"),
    ("es", "oos", "si regresan a Venezuela, ¿pueden seguir cobrando la pensión desde allá?",
     "none"),
    ("es", "oos", "¿dónde hay misa en español en Pekín?", "none"),
    ("es", "oos", "¿cómo inscribo a los niños en la escuela pública?", "none"),
    ("es", "oos", "¿el seguro médico cubre el parto en un hospital privado?", "none"),
    ("es", "oos", "se le olvidó la contraseña de la tarjeta, ¿qué hace?", "none"),
    ("es", "oos", "¿cuánto le descuentan del sueldo por el seguro social?", "none"),
    ("es", "oos", "¿hay alguna ayuda para pagar el alquiler?", "none"),
    ("es", "oos", "¿puedo hacer yo el trámite como voluntaria en nombre de la familia?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta de salud?", ("card:health", "card:health:what")),
    ("es", "card", "¿quién emite la tarjeta electrónica de seguridad social?",
     "card:esocial:issuer"),
    ("es", "card", "¿para qué sirve el certificado electrónico del seguro médico?",
     "card:emedical:function"),
    ("es", "card", "¿la tarjeta de seguridad social es de plástico con chip o solo digital?",
     "card:social:form"),
    ("es", "card", "¿quién puede tener la tarjeta ciudadana?",
     ("card:citizen:eligibility", "task:getcitizen")),
    ("es", "card", "la tarjeta del seguro médico de antes, ¿para qué servía?",
     "card:medical:function"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿qué diferencia hay entre la tarjeta de seguridad social física y la "
     "electrónica?", "cmp:social:esocial"),
    ("es", "compare", "¿cuál es la diferencia entre la tarjeta vieja del seguro médico y el "
     "certificado electrónico?", "cmp:medical:emedical"),
    ("es", "compare", "¿qué diferencias hay entre la tarjeta de seguridad social y la del seguro "
     "médico?", ("cmp:social:medical", "faq:2")),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta?", "faq:3"),
    ("es", "faq", "¿la tarjeta de recursos humanos y seguridad social cuenta como tarjeta de "
     "seguridad social?", "faq:4"),
    ("es", "faq", "me confundo, ¿el certificado médico electrónico es igual a la tarjeta "
     "electrónica de seguro social?", "faq:5"),
    ("es", "faq", "¿qué guarda la tarjeta de seguridad social y qué se puede hacer con ella?",
     "faq:7"),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice la norma sobre quién se encarga de administrar las tarjetas de "
     "seguridad social?", "law:ssc-3"),
    ("es", "law", "¿qué artículo de la ley dice que el seguro social debe tener amplia cobertura?",
     "law:sil-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas tardes, soy voluntaria de Cáritas", "greeting"),
    ("es", "greeting", "muchas gracias, Dios le bendiga", "greeting"),
    ("es", "greeting", "gracias, hasta luego", "greeting"),
)
