"""Hundred-and-seventy-first phrasing set (landlords and property agents helping their foreign
tenants figure out the cards), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSEVENTYFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "my tenant from Brazil has a fever, which of his cards should he bring to the "
     "hospital?", "task:hospital"),
    ("en", "task", "Landlord here. Tenant's wife needs to register and pay at the hospital, what "
     "card does she use", "task:hospital"),
    ("en", "task", "can my tenant buy medicine at the pharmacy downstairs with her social "
     "security card?", "task:pharmacy"),
    ("en", "task", "tenant wants to pay for his medicine out of pocket with a card, is there one "
     "with e-wallet for the pharmacy", "task:pharmacy"),
    ("en", "task", "my tenant paid the hospital bill himself, how does he get the money back? "
     "which card does reimbursement", "task:reimburse"),
    ("en", "task", "agent here, client had surgery, can he claim the medical costs back with "
     "his card", "task:reimburse"),
    ("en", "task", "my renter wants to look at her health file from the clinic, which card is "
     "for that?", "task:healthfile"),
    ("en", "task", "tenant's new doctor wants his medical history, which card keeps that kind "
     "of thing", ("task:healthfile", "card:health:records")),
    ("en", "task", "one of my foreign tenants wants to do his medical insurance business online "
     "on his phone, what does he need?", "task:online"),
    ("en", "task", "is there a way for my tenant to handle medical insurance stuff on the "
     "internet instead of going to the office", "task:online"),
    ("en", "task", "I rent to a retired expat couple, how do they draw their pension here? "
     "which card", "task:pension"),
    ("en", "task", "tenant just lost his job and might miss rent... can he claim unemployment "
     "benefit with his card?", "task:unemployment"),
    ("en", "task", "my tenant wants to register as job seeker and sign up for job training, "
     "what card she bring to the office", "task:unemployment"),
    ("en", "task", "tenant hurt his hand at the factory, which card is for work injury "
     "benefits?", "task:injury"),
    ("en", "task", "how can my tenant check if his company really paid in his social "
     "insurance? he thinks they didnt", "task:contributions"),
    ("en", "task", "tenant wants to see the total built up in his pension and medical account, "
     "how does he look it up", "task:contributions"),
    ("en", "task", "which card lets my tenants ride the subway and the bus without cash?",
     "task:transport"),
    ("en", "task", "my tenant asks if he can rent a car and pay the bus with the citizen card",
     "task:transport"),
    ("en", "task", "new tenant wants to use the public reading room and other city services, "
     "which card is that", "task:services"),
    ("en", "task", "for everyday life here, bus, ID, city services, which card do my tenants "
     "need?", "tasks:life"),
    ("en", "task", "tenant left his passport at the embassy, which card can prove who he is "
     "meanwhile?", "task:identity"),
    ("en", "task", "how does my foreign tenant get a social security card? he just started a "
     "job at a school", "task:getsocial"),
    ("en", "task", "client starts work next month, does the company apply for his social "
     "security card or does he go himself?", "task:getsocial"),
    ("en", "task", "tenant wants the electronic social security card on his phone, how does he "
     "get it activated", "task:getesocial"),
    ("en", "task", "how can a foreigner get the electronic medical insurance certificate? "
     "asking for my tenant", "task:getemedical"),
    ("en", "task", "can my tenants apply for the citizen card or is it only for locals?",
     "task:getcitizen"),
    ("en", "task", "I manage 20 flats for expats, what can they actually do with all these "
     "cards? need the overview", "tasks"),
    ("en", "task", "which cards help with doctor and medicine things? my tenants keep asking "
     "me", "tasks:care"),
    ("en", "task", "what about money matters, pension, unemployment pay etc, what can the "
     "cards do there", "tasks:money"),
    ("en", "task", "how do tenants get these cards in the first place? all of them please",
     "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "health card", "card:health"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "e social sec", "card:esocial"),
    ("en", "short", "medical insurance ca", "card:medical"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "metro card", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "which cards", "cards"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "tenant hospital", "task:hospital"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "my tenant lost his social security card, how does he get a replacement?",
     "none"),
    ("en", "oos", "how long does it take for the card to come after he applies?", "none"),
    ("en", "oos", "is there a fee for the citizen card? tenant is on a tight budget", "none"),
    ("en", "oos", "whats the phone number of the social security bureau in Chaoyang", "none"),
    ("en", "oos", "what time does the social security office open on saturday?", "none"),
    ("en", "oos", "can I take my tenant's social security card as a guarantee for the rent "
     "deposit?", "none"),
    ("en", "oos", "does the tenant need a residence permit before applying for the card?",
     "none"),
    ("en", "oos", "can foreigners on a student visa join social insurance at all?", "none"),
    ("en", "oos", "can my tenant pay rent out of his housing provident fund?", "none"),
    ("en", "oos", "tenant is moving back to Spain, can he take his pension contributions out "
     "in one go?", "none"),
    ("en", "oos", "does his social security card work in Hong Kong or Macau?", "none"),
    ("en", "oos", "can the tenant pay the electricity and water bills with the citizen card?",
     "none"),
    ("en", "oos", "how do I register my foreign tenant at the local police station?", "none"),
    ("en", "oos", "tenant's card chip stopped working, where does he get it fixed", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "who actually issues the old medical insurance card, a bank?",
     "card:medical:issuer"),
    ("en", "card", "my tenant asks how safe the social security card is, does it have a chip or "
     "something", "card:social:security"),
    ("en", "card", "who runs the health card, the hospital or the government?",
     "card:health:manager"),
    ("en", "card", "what info is stored on the social security card? tenant worried about "
     "privacy", ("card:social:records", "faq:7")),
    ("en", "card", "is the electronic social security card a real card or just a thing in an "
     "app?", "card:esocial:form"),
    ("en", "card", "what is this citizen card exactly? my tenant got a letter about it",
     ("card:citizen", "card:citizen:what")),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "whats the difference between the old medical insurance card and the "
     "electronic medical insurance certificate", "cmp:medical:emedical"),
    ("en", "compare", "tenant has the plastic social security card and the electronic one on "
     "his phone, how are they different?", "cmp:social:esocial"),
    ("en", "compare", "health card vs citizen card, my tenant mixes them up, what's the "
     "difference", "cmp:health:citizen"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "tenant got a health card at the clinic, does that count as a social "
     "security card too?", "faq:1"),
    ("en", "faq", "are the citizen card and the social security card one and the same?",
     "faq:3"),
    ("en", "faq", "what kinds of social insurance are there in China? tenant wants to know "
     "what he's paying for", "faq:6"),
    ("en", "faq", "when does the employer have to register a new hire for social insurance? "
     "my tenant started 6 weeks ago and nothing yet", ("faq:9", "law:sil-58")),
    ("en", "faq", "the bank asked my tenant for his social security number, what is that?",
     "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which laws cover these cards? I want to show my tenant something official",
     "law"),
    ("en", "law", "what does article 74 of the social insurance law say?", "law:sil-74"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that helps my tenant a lot", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "Mi inquilino mexicano tiene que ir al hospital, ¿qué tarjeta debe llevar?",
     "task:hospital"),
    ("es", "task", "soy agente inmobiliario, una clienta quiere sacar número y pagar la "
     "consulta en el hospital, ¿con cuál tarjeta?", "task:hospital"),
    ("es", "task", "¿Mi inquilina puede comprar medicamentos en la farmacia con la tarjeta de "
     "seguridad social?", "task:pharmacy"),
    ("es", "task", "¿puede pagar las medicinas de su bolsillo con la tarjeta ciudadana? lo "
     "pregunta mi inquilino", "task:pharmacy"),
    ("es", "task", "el inquilino pagó la operación de su bolsillo, ¿cómo le reembolsan los "
     "gastos médicos?", "task:reimburse"),
    ("es", "task", "se puede pedir el reembolso de lo del hospital con la tarjeta del seguro "
     "social?", "task:reimburse"),
    ("es", "task", "¿Dónde puede consultar mi inquilino su expediente de salud?",
     "task:healthfile"),
    ("es", "task", "mi inquilino quiere que la clínica vea su historial médico, ¿qué tarjeta "
     "guarda eso?", ("task:healthfile", "card:health:records")),
    ("es", "task", "mi arrendataria quiere hacer los trámites del seguro médico por internet, "
     "¿qué necesita?", "task:online"),
    ("es", "task", "mi cliente quiere gestionar su seguro medico en línea sin ir a la oficina, "
     "que usa", "task:online"),
    ("es", "task", "Tengo un inquilino jubilado, argentino, quiere cobrar su pensión aquí. "
     "¿Qué tarjeta usa?", "task:pension"),
    ("es", "task", "mi inquilino se quedó sin trabajo, ¿cómo pide el subsidio de desempleo?",
     "task:unemployment"),
    ("es", "task", "mi inquilina quiere inscribirse como desempleada y hacer un curso de "
     "formación, ¿qué tarjeta lleva?", "task:unemployment"),
    ("es", "task", "un inquilino se lastimó en la obra, ¿con qué tarjeta tramita lo del "
     "accidente laboral?", "task:injury"),
    ("es", "task", "¿Cómo revisa mi inquilino cuánto ha pagado su empresa al seguro social?",
     "task:contributions"),
    ("es", "task", "el inquilino quiere ver el total acumulado de su pensión y de su seguro "
     "médico", "task:contributions"),
    ("es", "task", "¿Qué tarjeta sirve para el metro y el autobús? mis inquilinos nuevos "
     "preguntan", "task:transport"),
    ("es", "task", "¿puede alquilar un coche con la tarjeta ciudadana? mi inquilino es "
     "colombiano", "task:transport"),
    ("es", "task", "quiere usar la sala de lectura pública y otros servicios de la ciudad, "
     "¿qué tarjeta necesita?", "task:services"),
    ("es", "task", "¿Con qué tarjeta puede demostrar quién es mi inquilino si no tiene el "
     "pasaporte a mano?", "task:identity"),
    ("es", "task", "¿Cómo saca mi inquilino la tarjeta de seguridad social? empezó a trabajar "
     "la semana pasada", "task:getsocial"),
    ("es", "task", "¿la empresa le tramita la tarjeta del seguro social o la tiene que pedir "
     "él? mi inquilino es chileno", "task:getsocial"),
    ("es", "task", "quiere la tarjeta electrónica de seguridad social en el celular, ¿cómo la "
     "activa?", "task:getesocial"),
    ("es", "task", "¿Quién puede obtener el certificado electrónico de seguro médico? es para "
     "un cliente venezolano", "task:getemedical"),
    ("es", "task", "¿mis inquilinos extranjeros pueden pedir la tarjeta ciudadana? ¿cómo se "
     "consigue?", "task:getcitizen"),
    ("es", "task", "Soy casero. ¿Qué pueden hacer mis inquilinos con estas tarjetas? "
     "necesito una guía", "tasks"),
    ("es", "task", "¿qué tarjetas sirven para temas de salud, médico, farmacia, reembolsos?",
     "tasks:care"),
    ("es", "task", "para cosas de dinero como la pensión o el paro, ¿qué se puede hacer con "
     "las tarjetas?", "tasks:money"),
    ("es", "task", "para el día a día, transporte, identificarse, servicios públicos... ¿qué "
     "tarjeta le conviene a mi inquilino?", "tasks:life"),
    ("es", "task", "¿Cómo se consiguen las tarjetas? mi inquilino todavía no tiene ninguna",
     "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta de salu", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro médico electr", "card:emedical"),
    ("es", "short", "tarjeta seguridad soc", "card:social"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "número seguro social", "faq:10"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "mi inquilino perdió la tarjeta de seguridad social, ¿cómo la repone?",
     "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuántos días tarda en llegar la tarjeta después de pedirla?", "none"),
    ("es", "oos", "¿cuál es el teléfono de la oficina de seguridad social en Guangzhou?",
     "none"),
    ("es", "oos", "¿a qué hora abre la oficina del seguro social los sábados?", "none"),
    ("es", "oos", "¿puedo cobrar el alquiler con la tarjeta de seguridad social de mi "
     "inquilino?", "none"),
    ("es", "oos", "¿necesita el permiso de residencia antes de pedir la tarjeta?", "none"),
    ("es", "oos", "los extranjeros con visa de estudiante pagan seguro social o no?", "none"),
    ("es", "oos", "mi inquilino vuelve a Perú, ¿le devuelven lo que aportó a la pensión?",
     "none"),
    ("es", "oos", "¿la tarjeta le sirve en Hong Kong?", "none"),
    ("es", "oos", "¿puede pagar la luz y el agua con la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cómo registro a mi inquilino extranjero en la comisaría?", "none"),
    ("es", "oos", "¿se puede usar el fondo de vivienda para pagar el alquiler?", "none"),
    ("es", "oos", "¿hay alguna oficina del seguro social donde atiendan en español?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿Quién emite la tarjeta electrónica de seguridad social?",
     "card:esocial:issuer"),
    ("es", "card", "¿qué es el certificado electrónico de seguro médico? mi inquilina no "
     "entiende", ("card:emedical", "card:emedical:what")),
    ("es", "card", "¿la tarjeta de seguridad social de mi inquilino vale en todo el país o "
     "solo en Pekín?", "card:social:scope"),
    ("es", "card", "¿quién emite la tarjeta ciudadana, el gobierno local?",
     "card:citizen:issuer"),
    ("es", "card", "¿para qué sirve la tarjeta de salud?", "card:health:function"),
    ("es", "card", "¿qué ley regula la tarjeta de seguridad social?", "card:social:legal"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿qué diferencia hay entre la tarjeta de seguridad social y la tarjeta de "
     "salud?", ("cmp:social:health", "faq:1")),
    ("es", "compare", "¿en qué se diferencia la tarjeta ciudadana de la tarjeta de seguridad "
     "social?", ("cmp:social:citizen", "faq:3")),
    ("es", "compare", "diferencias entre la tarjeta vieja del seguro médico y el certificado "
     "electrónico de seguro médico", "cmp:medical:emedical"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta del seguro médico es la misma que la de seguridad social?",
     "faq:2"),
    ("es", "faq", "¿las tarjetas de recursos humanos y seguridad social son tarjetas de "
     "seguridad social?", "faq:4"),
    ("es", "faq", "¿el certificado electrónico de seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo?", "faq:5"),
    ("es", "faq", "¿qué registra la tarjeta de seguridad social y qué puede hacer mi inquilino "
     "con ella?", "faq:7"),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social hay?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley de seguro social?", "law:sil-3"),
    ("es", "law", "¿qué artículo de las medidas sobre tarjetas dice que la tarjeta debe "
     "servir en todo el país?", "law:ssc-4"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas tardes", "greeting"),
    ("es", "greeting", "muchas gracias, se lo paso a mi inquilino", "greeting"),
    ("es", "greeting", "chao", "greeting"),
)
