"""Hundred-and-eighty-first phrasing set (retired foreigners and grandparents minding grandchildren
in China: Irish, Scottish, Welsh; Colombian), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDEIGHTYFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    ("en", "task", "I'm minding my grandson and he has a temperature, which card do I bring to "
     "the hospital?", "task:hospital"),
    ("en", "task", "Which of these cards do I hand over at the chemist to buy medicine?",
     "task:pharmacy"),
    ("en", "task", "wee question, how do I get my doctors bills paid back, what card is it",
     "task:reimburse"),
    ("en", "task", "Is there a card that lets me look up my own health records, like my file "
     "at the GP back home?", "task:healthfile"),
    ("en", "task", "My daughter wants to sort out her medical insurance business online. What "
     "does she need?", "task:online"),
    ("en", "task", "I'm retired out here, which card would I use to draw a pension?",
     "task:pension"),
    ("en", "task", "My son-in-law lost his job in Chengdu, what card does he need for the "
     "unemployment benefit?", "task:unemployment"),
    ("en", "task", "my son hurt his back at the factory, which card is it for work injury "
     "benefits", "task:injury"),
    ("en", "task", "how can my daughter check what her company has actually paid into her "
     "social insurance", "task:contributions"),
    ("en", "task", "Aye, which card gets me on the bus and the subway with the wee one?",
     "task:transport"),
    ("en", "task", "Is there a card for the local public services, the reading room and that?",
     "task:services"),
    ("en", "task", "What card can I use to prove who I am if I've left the passport at the "
     "flat?", "task:identity"),
    ("en", "task", "How does one go about getting a social security card, and who's allowed "
     "one?", "task:getsocial"),
    ("en", "task", "how do i get the electronic social security card onto my phone",
     "task:getesocial"),
    ("en", "task", "Who can get the electronic medical insurance certificate, and how do you "
     "get it?", "task:getemedical"),
    ("en", "task", "Could I apply for a citizen card at all, sure I'm only staying with my "
     "daughter's family?", "task:getcitizen"),
    ("en", "task", "The grandchild has to see the doctor tomorrow, what do I need to register "
     "and pay at the hospitl?", "task:hospital"),
    ("en", "task", "Can I buy my blood pressure tablets at the pharmacey with one of these "
     "cards?", "task:pharmacy"),
    ("en", "task", "Tidy. Now how do I pay for the metro without fiddling with cash?",
     "task:transport"),
    ("en", "task", "what card do I need to collect my old age pension over here",
     "task:pension"),
    # ---------------- English: short (18) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "hospit", "task:hospital"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "bus pass", "task:transport"),
    ("en", "short", "med insurance card", "card:medical"),
    ("en", "short", "electronic medical", "card:emedical"),
    ("en", "short", "social security no", "faq:10"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "health records", ("task:healthfile", "card:health:records")),
    ("en", "short", "insurance types", "faq:6"),
    ("en", "short", "soc sec card", "card:social"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "I've lost my social security card on the bus, how do I get a new one?",
     "none"),
    ("en", "oos", "How much does it cost to get a citizen card made?", "none"),
    ("en", "oos", "how long does the social security card take to come after you apply",
     "none"),
    ("en", "oos", "What are the opening hours of the social security office in Dalian?", "none"),
    ("en", "oos", "Roughly how much pension would I get a month from China?", "none"),
    ("en", "oos", "What's the retirement age in China for a woman?", "none"),
    ("en", "oos", "I forgot the PIN for my social security card, what do I do now?", "none"),
    ("en", "oos", "My social security card expires next month, how do I renew it?", "none"),
    ("en", "oos", "Does my Irish medical card work in the Chinese hospitals at all?", "none"),
    ("en", "oos", "Can I extend my family visit visa at the social security office?", "none"),
    ("en", "oos", "Is there a phone number for the health card helpline, in English ideally?",
     "none"),
    ("en", "oos", "Will the medical insurance cover my grandson's vaccinations?", "none"),
    ("en", "oos", "Do I pay tax here on my pension that comes over from Wales?", "none"),
    ("en", "oos", "What percentage of the hospital bill gets reimbursed?", "none"),
    ("en", "oos", "Can I use the citizen card on the train to Hong Kong?", "none"),
    ("en", "oos", "whats the weather doing in Hangzhou this week", "none"),
    ("en", "oos", "Any good spot for a full Irish breakfast in Shanghai?", "none"),
    ("en", "oos", "Should I take out private travel insurance for my stay here?", "none"),
    # ---------------- English: card (12) ----------------
    ("en", "card", "What's this 'human resources card' my daughter keeps going on about?",
     ("card:social:what", "faq:4")),
    ("en", "card", "Who is it that actually issues the social security card, is it the bank?",
     "card:social:issuer"),
    ("en", "card", "What information is kept on the chip of that social security card?",
     ("card:social:records", "faq:7")),
    ("en", "card", "Can the social security card be used in another province or only where "
     "you got it?", "card:social:scope"),
    ("en", "card", "Which law is the social security card under?", "card:social:legal"),
    ("en", "card", "The old card that was only for medical insurance, was it safe? could "
     "someone copy it?", "card:medical:security"),
    ("en", "card", "Is the electronic social card an actual card or just a thing on your "
     "phone?", "card:esocial:form"),
    ("en", "card", "what is the electronic medical insurance certificate for, what can you do "
     "with it", "card:emedical:function"),
    ("en", "card", "Who's in charge of the health card, the hospital or the government?",
     "card:health:manager"),
    ("en", "card", "the card that keeps your medical history so the doctors can see it, what "
     "is that one", "card:health"),
    ("en", "card", "There's a card the local government gives residents for buses and the "
     "reading room, what's that?", "card:citizen"),
    ("en", "card", "What can you actually do with a citizen card, bach?",
     "card:citizen:function"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "What's the difference between the health card and the citizen card?",
     "cmp:health:citizen"),
    ("en", "compare", "Is the old medical insurance card any different from the electronic "
     "medical certificate on the phone?", "cmp:medical:emedical"),
    ("en", "compare", "social security card vs the electronic one, whats the differnce",
     "cmp:social:esocial"),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "What kinds of social insurance are there in China?", "faq:6"),
    ("en", "faq", "What is my social security number, is it just my ID number?", "faq:10"),
    ("en", "faq", "Is a human resources and social security card the same as a social "
     "security card, so?", "faq:4"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "Which laws do these cards come under? Could you list them for me", "law"),
    ("en", "law", "What does article 2 of the social security card measures say?",
     "law:ssc-2"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "Dia dhuit! Hello there", "greeting"),
    ("en", "greeting", "Diolch, that's lovely, ta-ra now", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    ("es", "task", "Buenas, ¿con qué tarjeta llevo a mi nieta al hospital? Tiene fiebre",
     "task:hospital"),
    ("es", "task", "¿Cuál tarjeta me piden en la droguería para comprar los remedios?",
     "task:pharmacy"),
    ("es", "task", "¿Cómo hago para que me reembolsen los gastos médicos, con cuál tarjeta?",
     "task:reimburse"),
    ("es", "task", "Quiero consultar mi historia clínica, ¿qué tarjeta sirve para eso?",
     "task:healthfile"),
    ("es", "task", "¿Con qué hago los trámites del seguro médico por internet?", "task:online"),
    ("es", "task", "Soy pensionado, ¿con qué tarjeta cobro la pensión acá?", "task:pension"),
    ("es", "task", "A mi yerno lo echaron del trabajo, ¿qué tarjeta necesita para el subsidio "
     "de desempleo?", "task:unemployment"),
    ("es", "task", "Mi hijo se accidentó en la obra, ¿con cuál tarjeta reclama lo del "
     "accidente laboral?", "task:injury"),
    ("es", "task", "¿Cómo reviso cuánto ha aportado la empresa de mi hija a la seguridad "
     "social?", "task:contributions"),
    ("es", "task", "¿Hay alguna tarjeta para montar en bus y en metro con los niños?",
     "task:transport"),
    ("es", "task", "¿Qué tarjeta sirve para los servicios públicos del barrio, tipo sala de "
     "lectura?", "task:services"),
    ("es", "task", "¿Con qué tarjeta demuestro quién soy si no tengo el pasaporte a la mano?",
     "task:identity"),
    ("es", "task", "¿Cómo se saca la tarjeta de seguridad social y quién la puede pedir?",
     "task:getsocial"),
    ("es", "task", "qué pena con usted, ¿cómo activo la tarjeta electrónica de seguridad "
     "social en el celular?", "task:getesocial"),
    ("es", "task", "¿Quién puede sacar el certificado electrónico de seguro médico y cómo?",
     "task:getemedical"),
    ("es", "task", "¿Yo puedo pedir la tarjeta ciudadana o eso es solo para los de aquí?",
     "task:getcitizen"),
    ("es", "task", "¿Con qué pago la consulta cuando inscribo al niño en el hospital?",
     "task:hospital"),
    ("es", "task", "Necesito comprar las pastillas de la tensión, ¿me sirve alguna de estas "
     "tarjetas en la farmacia?", "task:pharmacy"),
    ("es", "task", "¿Con cuál tarjeta pago el metro sin efectivo?", "task:transport"),
    ("es", "task", "mi hija quiere buscar empleo y hacer un curso de capacitacion, ¿que tarjeta "
     "le sirve?", "task:unemployment"),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "tarjeta ciud", "card:citizen"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "tarjeta electrónica seg social", "card:esocial"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "carnet del seguro médico", "card:medical"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "ir al médico", "task:hospital"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "número de seguro social", "faq:10"),
    ("es", "short", "tipos de seguro", "faq:6"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "las tarjetas", "cards"),
    ("es", "short", "aportes", "task:contributions"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "Se me perdió la tarjeta de seguridad social en el mercado, ¿qué hago?",
     "none"),
    ("es", "oos", "¿Cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿Cuánto se demora en llegar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿A qué hora abre la oficina de seguridad social en Guangzhou?", "none"),
    ("es", "oos", "¿Cuánta plata me darían de pensión al mes?", "none"),
    ("es", "oos", "¿A qué edad se pensiona uno en China?", "none"),
    ("es", "oos", "Se me olvidó la clave de la tarjeta, ¿cómo la recupero?", "none"),
    ("es", "oos", "¿Mi EPS de Colombia me cubre aquí en China?", "none"),
    ("es", "oos", "¿Cómo renuevo la visa de familiar con estos papeles?", "none"),
    ("es", "oos", "¿Cuál es el teléfono de atención de la tarjeta de salud?", "none"),
    ("es", "oos", "La tarjeta de seguridad social ya se me venció, ¿cómo la renuevo?", "none"),
    ("es", "oos", "¿Qué porcentaje de la cuenta del hospital me devuelven?", "none"),
    ("es", "oos", "¿El seguro médico cubre las vacunas de mi nieto?", "none"),
    ("es", "oos", "¿Tengo que pagar impuestos por la pensión que me llega de Colombia?", "none"),
    ("es", "oos", "¿Sirve la tarjeta ciudadana en Macao?", "none"),
    ("es", "oos", "¿Dónde consigo un tintico de café colombiano bueno en Shenzhen?", "none"),
    ("es", "oos", "¿Va a llover mañana en Chengdu?", "none"),
    ("es", "oos", "¿Me conviene sacar un seguro privado de viaje mientras estoy acá?", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "¿Qué es eso de la tarjeta de recursos humanos y seguridad social?",
     ("card:social:what", "faq:4")),
    ("es", "card", "¿Quién expide la tarjeta de seguridad social?", "card:social:issuer"),
    ("es", "card", "¿Qué datos guarda el chip de la tarjeta de seguridad social?",
     ("card:social:records", "faq:7")),
    ("es", "card", "el código ese del seguro médico que sale en el celular, ¿quién lo emite?",
     "card:emedical:issuer"),
    ("es", "card", "¿En qué ley se basa la tarjeta de seguridad social?", "card:social:legal"),
    ("es", "card", "¿Qué tan segura es la tarjeta de seguridad social? ¿la pueden clonar?",
     "card:social:security"),
    ("es", "card", "El carnet viejo del seguro médico, ¿quién lo daba, el banco?",
     "card:medical:issuer"),
    ("es", "card", "¿Para qué sirve la tarjeta electrónica de seguridad social?",
     "card:esocial:function"),
    ("es", "card", "¿Quién administra la tarjeta electrónica de seguridad social?",
     "card:esocial:manager"),
    ("es", "card", "¿En dónde se puede usar el certificado electrónico del seguro médico?",
     "card:emedical:scope"),
    ("es", "card", "¿Cómo se llama la tarjeta donde queda el historial médico de uno para que "
     "lo vean en el hospital?", "card:health"),
    ("es", "card", "la tarjeta que sirve de monedero electrónico y para alquilar carro, ¿esa "
     "cuál es?", "card:citizen"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿El certificado electrónico de seguro médico y la tarjeta electrónica "
     "de seguridad social son lo mismo?", ("cmp:esocial:emedical", "faq:5")),
    ("es", "compare", "¿Qué diferencia hay entre la tarjeta de salud y la de seguridad social?",
     ("cmp:social:health", "faq:1")),
    ("es", "compare", "¿qué diferencia hay entre el carnet viejo del seguro médico y la "
     "tarjeta de seguridad social?", ("cmp:social:medical", "faq:2")),
    # ---------------- Spanish: faq (3) ----------------
    ("es", "faq", "¿La tarjeta ciudadana y la de seguridad social son la misma cosa?",
     ("faq:3", "cmp:social:citizen")),
    ("es", "faq", "¿Qué tipos de tarjeta de seguridad social hay?", "faq:8"),
    ("es", "faq", "¿En cuántos días tiene que afiliar la empresa a un trabajador nuevo?",
     "faq:9"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué dice el artículo 3 de la Ley de Seguro Social?", "law:sil-3"),
    ("es", "law", "artículo 4 de las medidas administrativas de la tarjeta de seguridad social",
     "law:ssc-4"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "Buenas tardes, sumercé, ¿cómo me le va?", "greeting"),
    ("es", "greeting", "Muchas gracias mijo, Dios le pague", "greeting"),
)
