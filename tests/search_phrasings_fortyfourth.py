"""Forty-fourth phrasing set (elderly retirees), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FORTYFOURTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "Good morning. I am 71 and retired here in Hangzhou with my wife. Which card should I"
        " bring along when I go to see the doctor at the hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "At the hospital they told me to register and pay at the window and asked for a card."
        " I did not know which one they meant. Could you tell me please?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my daughter says i need a card for the chemist to buy my blood pressure tablets, "
        "which one would that be",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "Good afternoon. I would like to buy my medicine at one of the designated pharmacies "
        "with my medical insurance account. Which card do I show the pharmacist?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "Hello dear, I paid for my knee treatment myself last month. Which card helps me get "
        "those medical costs paid back to me?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "the hospital bill was very big and the nurse said i can claim some back. what card "
        "do i need for the reimbursment",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "I would like to look at my own health records from the clinic, the doctor's notes "
        "and so forth. Which card lets me do that, please?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "My wife's eyesight is poor now so I see to her affairs. Before her operation she "
        "needs her medical history looked up. Which of the cards is for that?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "My grandson keeps telling me to do my medical insurance business online on the "
        "phone. What do I need for that? I am not very clever with these apps.",
        "task:online",
    ),
    (
        "en",
        "task",
        "Is there a way to handle medical insurance matters over the internet without going "
        "down to the office? Which card or certificate would I need?",
        "task:online",
    ),
    (
        "en",
        "task",
        "I taught at a school in Chengdu for many years and have now retired. Which card do I"
        " use to collect my pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "To receive my old age pension, do I need the social security card or the citizen "
        "card or something else? I am a bit muddled.",
        "task:pension",
    ),
    (
        "en",
        "task",
        "which card do i need to get unemployment money. asking for my son who lost his job, "
        "i am helping him with the forms",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "My husband hurt his back at the factory a few years before he retired. Which card is"
        " used for the work injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "How can I check how much has been paid into my social insurance over the years? I "
        "would simply like to be sure it is all there.",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "I retired last spring. Is there some way to see the payment records for my old age "
        "insurance, what my company paid in for me?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Is there a card I can use on the bus? I am visiting my son in Shenzhen for three "
        "months and the coins and the machines confuse me.",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card works on the subway, my legs are not what they were and i dont like "
        "standing in the ticket queue",
        "task:transport",
    ),
    (
        "en",
        "task",
        "Dear Sir or Madam, I enjoy reading very much and would like to use the public "
        "reading room near our flat. Is there a card for that?",
        "task:services",
    ),
    (
        "en",
        "task",
        "What card can I carry to prove who I am? I would rather not take my passport "
        "everywhere at my age, I am afraid of losing it.",
        "task:identity",
    ),
    (
        "en",
        "task",
        "How do I get a social security card? My employer never mentioned one and I am still "
        "teaching part time at 66.",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "My daughter wants me to have the electronic social security card on my phone. How do"
        " I get it? I already have the plastic one.",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "How does one obtain the electronic medical insurance certificate? I have been in the"
        " medical insurance scheme since I retired.",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "Could you kindly tell me how I might get a citizen card? I have lived in this city "
        "eleven years now.",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "i keep a little list of things for my health, doctor, medicine, getting money back. "
        "which cards cover all that",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "Which cards are for the money matters, pension, benefits and such? I want to put my "
        "papers in order.",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "what cards do i need for everyday life here, getting about town, the library and so "
        "on",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "I should like to know how to get each of these cards, one after another. Please "
        "explain slowly, I will write it down.",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "I am new to all this. Could you show me what each card is good for, what I can do "
        "with which one?",
        "tasks",
    ),
    (
        "en",
        "task",
        "My son-in-law says here in town one card pays for the bus and even for renting a "
        "car. Which card would that be?",
        "task:transport",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hospital", "task:hospital"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "old medical card", "card:medical"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "pharma", "task:pharmacy"),
    ("en", "short", "Health card", "card:health"),
    ("en", "short", "bus pass", "task:transport"),
    ("en", "short", "elec social", "card:esocial"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "laws", "law"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "unemploym", "task:unemployment"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "I have lost my social security card on the bus this morning. What should I do now?",
        "none",
    ),
    ("en", "oos", "How long does it take to have a citizen card made? Weeks or months?", "none"),
    (
        "en",
        "oos",
        "How much does the health card cost? Is there a reduced fee for pensioners?",
        "none",
    ),
    ("en", "oos", "My card says it expires next year. How do I go about renewing it?", "none"),
    (
        "en",
        "oos",
        "I have forgotten the PIN for my social security card. My son set it up and he is "
        "back in Canada now.",
        "none",
    ),
    ("en", "oos", "Could you tell me how much my monthly pension will come to?", "none"),
    (
        "en",
        "oos",
        "I am an American visiting my daughter for six months. Am I entitled to use the "
        "Chinese medical insurance while I am here?",
        "none",
    ),
    ("en", "oos", "Do pensioners ride the buses free in Suzhou? What are the rules there?", "none"),
    ("en", "oos", "Can I take the money out of my housing fund now that I am retired?", "none"),
    ("en", "oos", "What percentage do retirees pay for medical insurance these days?", "none"),
    ("en", "oos", "If I am in hospital, may my daughter collect my pension on my behalf?", "none"),
    ("en", "oos", "Does my travel insurance from England work in the hospitals over here?", "none"),
    ("en", "oos", "What are the opening hours of the social security office, please?", "none"),
    (
        "en",
        "oos",
        "How do I change the telephone number linked to my card? I have a new phone.",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "What exactly is the health card? My doctor mentioned it and I nodded but I did not "
        "really understand.",
        "card:health",
    ),
    (
        "en",
        "card",
        "Who issues the electronic medical insurance certificate?",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "Is the social security card safe? I do worry about thieves and these phone scams.",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "What information does the social security card keep about me?",
        ("card:social:records", "faq:7"),
    ),
    (
        "en",
        "card",
        "Is the electronic social security card a real card one can hold, or only something "
        "on the phone?",
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "I still have an old medical insurance card from years ago in a drawer. What was it "
        "for, actually?",
        "card:medical:function",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "What is the difference between the health card and the citizen card?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "the old medical insurance card and the electronic medical insurance certificate, are"
        " these different things",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "Social security card versus the electronic social security card: how do they differ,"
        " and do I need both?",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Is my health card the same thing as a social security card?",
        ("faq:1", "cmp:social:health"),
    ),
    (
        "en",
        "faq",
        "Is the human resources and social security card a social security card, or is that "
        "something else again?",
        "faq:4",
    ),
    ("en", "faq", "What kinds of social insurance are there in China?", "faq:6"),
    ("en", "faq", "How many types of social security card are there?", "faq:8"),
    (
        "en",
        "faq",
        "What is my social security number? Is it a different number from my ID number?",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "Which regulation says the social security card must work all over the country?",
        "law:ssc-4",
    ),
    (
        "en",
        "law",
        "What does Article 74 of the Social Insurance Law say? My daughter mentioned it on "
        "the telephone.",
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Good morning, young man. Thank you for helping an old lady.", "greeting"),
    ("en", "greeting", "hello? is anyone there? my granddaughter put this on my phone", "greeting"),
    (
        "en",
        "greeting",
        "Thank you very much, you have been most patient with me. Goodbye.",
        "greeting",
    ),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "Buenos días. Tengo 74 años y vivo en Shanghái con mi esposo desde que nos jubilamos."
        " ¿Qué tarjeta debo llevar al hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Disculpe, ¿con qué tarjeta puedo sacar el número y pagar la consulta en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "quisiera comprar mis pastillas para la presion en la farmacia, que tarjeta uso",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Señores, ¿con cuál de las tarjetas se compran los medicamentos en una farmacia "
        "designada?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Me operaron de cataratas y lo pagué todo yo. ¿Qué tarjeta necesito para que me "
        "reembolsen los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "mi hija dice que puedo recuperar parte de lo que gaste en el medico, con que tarjeta"
        " se hace eso",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "Quisiera consultar mi historial médico, lo que han ido anotando los doctores. ¿Qué "
        "tarjeta sirve para eso?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿Cómo puedo ver mi expediente de salud? Mi médico de siempre se jubiló y no sé dónde"
        " quedaron mis datos.",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "Mi nieto me dice que los trámites del seguro médico se pueden hacer por internet. "
        "¿Qué necesito? Yo no me llevo bien con el teléfono.",
        "task:online",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta hago las gestiones del seguro médico en línea, sin tener que ir a "
        "la oficina?",
        "task:online",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta hay que tener para cobrar la pensión de jubilación?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Trabajé veinte años en una empresa de aquí y ya estoy jubilado. Para recibir mi "
        "pensión, ¿qué tarjeta me van a pedir?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "mi yerno se quedo sin trabajo, con que tarjeta pide el subsidio de desempleo? le "
        "ayudo yo con los papeles",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Mi marido tuvo un accidente en la obra hace años. ¿Qué tarjeta se usa para las "
        "prestaciones por accidente de trabajo?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "Quisiera comprobar cuánto se ha cotizado a mi nombre en el seguro social todos estos"
        " años. ¿Cómo lo hago?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Se puede ver en algún sitio lo que pagó mi empresa a la seguridad social por mí?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Estoy de visita en casa de mi hijo en Pekín. ¿Hay alguna tarjeta para subir al "
        "autobús sin andar con monedas?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta sirve para el metro? A mi edad me cuesta mucho hacer la cola de los "
        "billetes.",
        "task:transport",
    ),
    (
        "es",
        "task",
        "Me gusta mucho leer. ¿Con qué tarjeta puedo usar la sala de lectura pública del "
        "barrio?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿Hay alguna tarjeta para los servicios públicos de la ciudad, salas de lectura y "
        "esas cosas?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta me sirve para demostrar quién soy? No quiero llevar el pasaporte a "
        "todas partes, que luego se pierde.",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿Cómo se saca la tarjeta de seguridad social? Todavía doy clases de español unas "
        "horas por semana.",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "Ya tengo la tarjeta de seguridad social de plástico. ¿Cómo consigo la electrónica en"
        " el móvil?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "Buenas tardes. ¿Quién puede obtener el certificado electrónico del seguro médico y "
        "cómo se pide?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿Cómo se solicita la tarjeta ciudadana? Llevo ocho años viviendo en esta ciudad.",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "Quisiera saber qué tarjetas necesito para todo lo de la salud: médico, farmacia, "
        "reembolsos.",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "¿Qué tarjetas tienen que ver con el dinero? La pensión, el paro y todo eso.",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "Para la vida diaria, moverme por la ciudad, identificarme, ¿qué tarjetas me hacen "
        "falta?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "Le agradecería que me explicara cómo conseguir cada una de las tarjetas, con calma "
        "por favor.",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "Soy mayor y me lío con tantas tarjetas. ¿Me puede decir qué hago con cada una según "
        "lo que necesite?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "seguridad social", "card:social"),
    ("es", "short", "autobus", "task:transport"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "historial medico", "task:healthfile"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "las leyes", "law"),
    ("es", "short", "accidente laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Perdí la tarjeta de seguridad social en el mercado. ¿Qué tengo que hacer?",
        "none",
    ),
    ("es", "oos", "¿Cuánto tarda en llegar la tarjeta ciudadana una vez que se pide?", "none"),
    ("es", "oos", "¿Cuánto cuesta hacerse la tarjeta sanitaria?", "none"),
    ("es", "oos", "Mi tarjeta caduca el mes que viene, ¿cómo la renuevo?", "none"),
    (
        "es",
        "oos",
        "No recuerdo la contraseña de la tarjeta. La puso mi hija y ahora está de viaje.",
        "none",
    ),
    ("es", "oos", "¿Cuánto voy a cobrar de pensión al mes?", "none"),
    (
        "es",
        "oos",
        "Soy argentina y estoy de visita tres meses con mi hijo. ¿Tengo derecho al seguro "
        "médico chino?",
        "none",
    ),
    ("es", "oos", "¿En Cantón los jubilados viajan gratis en el metro?", "none"),
    ("es", "oos", "¿Puedo sacar el dinero del fondo de vivienda ahora que me he jubilado?", "none"),
    ("es", "oos", "¿Qué porcentaje se paga de seguro médico siendo jubilado?", "none"),
    ("es", "oos", "¿Puede mi hijo cobrar la pensión por mí si estoy enfermo en casa?", "none"),
    ("es", "oos", "¿Mi seguro de viaje de España vale en los hospitales de aquí?", "none"),
    ("es", "oos", "¿A qué hora abre la oficina de la seguridad social?", "none"),
    (
        "es",
        "oos",
        "¿Cómo cambio el número de teléfono asociado a mi tarjeta? Me he comprado otro móvil.",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿Qué es exactamente la tarjeta ciudadana? Todos me hablan de ella.",
        "card:citizen",
    ),
    ("es", "card", "¿Quién se encarga de administrar la tarjeta sanitaria?", "card:health:manager"),
    (
        "es",
        "card",
        "¿Para qué sirve el certificado electrónico de seguro médico?",
        "card:emedical:function",
    ),
    ("es", "card", "¿Qué ley regula la tarjeta de seguridad social?", "card:social:legal"),
    (
        "es",
        "card",
        "La tarjeta electrónica de seguridad social, ¿quién la emite?",
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        "Tengo guardada la antigua tarjeta del seguro médico. ¿Era segura o no tanto?",
        "card:medical:security",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿Qué diferencia hay entre la tarjeta electrónica de seguridad social y la tarjeta "
        "ciudadana?",
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        "Compare, por favor, la tarjeta sanitaria con el certificado electrónico del seguro "
        "médico.",
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        "¿La tarjeta de seguridad social y el certificado electrónico de seguro médico en qué"
        " se parecen y en qué no?",
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿La tarjeta de seguridad social es la misma que la tarjeta del seguro médico?",
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "es",
        "faq",
        "¿La tarjeta ciudadana y la de seguridad social son una sola tarjeta?",
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "es",
        "faq",
        "¿El certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
        "social son lo mismo?",
        ("faq:5", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "faq",
        "¿Qué queda registrado en la tarjeta de seguridad social y qué puedo hacer con ella?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "¿Cuándo tiene que darme de alta mi empleador en el seguro social?",
        ("faq:9", "law:sil-58"),
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué dice el artículo 2 de la Ley de Seguro Social?", "law:sil-2"),
    (
        "es",
        "law",
        "¿Cuáles son los principios del sistema de seguro social según la ley? Lo de la "
        "amplia cobertura y eso.",
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "Buenos días, joven. Muchas gracias por atenderme.", "greeting"),
    ("es", "greeting", "Hola, ¿hay alguien? Mi nieta me instaló esto en el teléfono.", "greeting"),
    (
        "es",
        "greeting",
        "Muchísimas gracias por su paciencia. Que tenga un buen día, adiós.",
        "greeting",
    ),
)
