"""Hundred-and-eighty-eighth phrasing set (freelancers, gig workers, part-time and flexible workers
and the self-employed; English from Pakistan and Bangladesh, Spanish from Peru), written blind
from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDEIGHTYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    ("en", "task", "I am doing delivery on Meituan, if I get hurt on the bike which card is for "
     "work injury benefits?", "task:injury"),
    ("en", "task", "kindly guide which card I should show at the hospital counter for "
     "registration, I am a freelancer", "task:hospital"),
    ("en", "task", "Sir which card is used for buying medicines from the chemist shop?",
     "task:pharmacy"),
    ("en", "task", "my doctor bills are very high, which card do I use to get the medical "
     "expenses reimbursed", "task:reimburse"),
    ("en", "task", "how can I look up my own health file and past medical records here",
     "task:healthfile"),
    ("en", "task", "I want to do my medical insurance business online from phone, what do i "
     "need for that?", "task:online"),
    ("en", "task", "I'm a part time teacher, later for drawing my pension which card will be "
     "needed?", "task:pension"),
    ("en", "task", "my gig contract finished and no clients now. which card to apply for "
     "unemployment benefit", "task:unemployment"),
    ("en", "task", "want to register for job seeking and vocational training, what card they "
     "will ask?", "task:unemployment"),
    ("en", "task", "how do I check my social insurance contributions are actually paid every "
     "month? I pay myself", "task:contributions"),
    ("en", "task", "which card can I tap on metro and bus", "task:transport"),
    ("en", "task", "card for using the public reading room and other local city services?",
     "task:services"),
    ("en", "task", "my passport is with the agent, which card can prove my identity in the "
     "meantime?", "task:identity"),
    ("en", "task", "I am self employed with my own small shop, no employer. What is the "
     "procedure to get social security card?", ("task:getsocial", "card:social:eligibility")),
    ("en", "task", "how to activate the electronic social security card on my phone",
     "task:getesocial"),
    ("en", "task", "I already have medical insurance, how do I get the electronic medical "
     "insurance certificate?", "task:getemedical"),
    ("en", "task", "Who can get the citizen card and how do we apply for it?",
     "task:getcitizen"),
    ("en", "task", "I ride for Ele.me and need to see doctor at a designated hospital, which "
     "card pays from my medical insurance account", "task:hospital"),
    ("en", "task", "bhai where can I check the total accumulated amount in my old age "
     "insurance?", "task:contributions"),
    ("en", "task", "is there any card I can use to rent a car and pay like e-wallet on "
     "transport?", ("task:transport", "card:citizen:function")),
    # ---------------- English: short (18) ----------------
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "e-wallet", "card:citizen:function"),
    ("en", "short", "subwy", "task:transport"),
    ("en", "short", "unemploymnt", "task:unemployment"),
    ("en", "short", "medicl insurance card", "card:medical"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "health fil", "task:healthfile"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "old age pensn", "task:pension"),
    ("en", "short", "citzen crd", "card:citizen"),
    ("en", "short", "social security no.", "faq:10"),
    ("en", "short", "employer card", "faq:8"),
    ("en", "short", "ic card", "card:social"),
    ("en", "short", "hrss card", ("card:social", "faq:4")),
    ("en", "short", "contrib", "task:contributions"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "reading room", "task:services"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "I lost my social security card in a rickshaw, how to get a new one made?",
     "none"),
    ("en", "oos", "what is the fee for making the citizen card", "none"),
    ("en", "oos", "how many days it takes to get social security card after applying?",
     "none"),
    ("en", "oos", "as a freelancer how much social insurance i have to pay monthly, exact "
     "amount please", "none"),
    ("en", "oos", "At what age can I retire in China and start taking pension?", "none"),
    ("en", "oos", "forgot the PIN of my social card, kindly help to reset", "none"),
    ("en", "oos", "social security office address in Tianhe Guangzhou and their timings?",
     "none"),
    ("en", "oos", "my social card is expired now, how do I renew it", "none"),
    ("en", "oos", "will paying social insurance help me in my work visa renewal?", "none"),
    ("en", "oos", "do I have to pay income tax in China on my Upwork earnings", "none"),
    ("en", "oos", "does Shenzhen give the citizen card to Pakistani nationals also?", "none"),
    ("en", "oos", "can I transfer my social insurance money back to Bangladesh when I leave "
     "China", "none"),
    ("en", "oos", "is private health insurance better than the govt medical insurance for "
     "freelancers?", "none"),
    ("en", "oos", "helpline number of medical insurance bureau please", "none"),
    ("en", "oos", "which bank is best to link with my social security card", "none"),
    ("en", "oos", "how much pension will I get per month after paying 15 years", "none"),
    ("en", "oos", "best halal restaurant near Yiwu market?", "none"),
    ("en", "oos", "how to withdraw money from WeChat to my Bangladeshi bank account", "none"),
    # ---------------- English: card (12) ----------------
    ("en", "card", "who actually issues the medical insurance card, is it the bank?",
     "card:medical:issuer"),
    ("en", "card", "the chip card which is like a second ID card with my photo on it, what is "
     "it exactly?", "card:social:what"),
    ("en", "card", "what information is stored on the social security card?",
     ("card:social:records", "faq:7")),
    ("en", "card", "someone told me the old medical card is not safe, its security is low. is "
     "it true?", "card:medical:security"),
    ("en", "card", "health card is managed by which department?", "card:health:manager"),
    ("en", "card", "where all can the citizen card be used, only in one city or what",
     "card:citizen:scope"),
    ("en", "card", "the card local govt gives residents for bus and proving who you are, what "
     "is that called?", "card:citizen:what"),
    ("en", "card", "which organisation issues the e medical insurance certificate",
     "card:emedical:issuer"),
    ("en", "card", "what is the use of that electronic medical insurance voucher thing?",
     "card:emedical:function"),
    ("en", "card", "the electronic social card on phone, who manages it?",
     "card:esocial:manager"),
    ("en", "card", "who is eligible for the electronic social security card",
     "card:esocial:eligibility"),
    ("en", "card", "is the social security card a physical card or only in the app?",
     "card:social:form"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "bhai, social security card and electronic social security card, what's "
     "the diff?", "cmp:social:esocial"),
    ("en", "compare", "health card vs e-medical insurance certificate, what is the difference "
     "between them?", "cmp:emedical:health"),
    ("en", "compare", "difference between medical insurance card and citizen card?",
     "cmp:medical:citizen"),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "I am doing part-time job in a cafe, within how many days employer must "
     "register me for social insurance?", "faq:9"),
    ("en", "faq", "what are the types of social insurance in China", "faq:6"),
    ("en", "faq", "what is my social security number? is it different from my ID number",
     "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which article of social insurance law says flexible workers must register "
     "themselves with the agency?", "law:sil-58"),
    ("en", "law", "what does article 3 of the administrative measures on social security cards "
     "say", "law:ssc-3"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "Assalam o alaikum", "greeting"),
    ("en", "greeting", "thanks bhai, JazakAllah", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    ("es", "task", "oe, hago delivery en Meituan, si me accidento en la moto qué tarjeta uso "
     "para el seguro de accidente de trabajo?", "task:injury"),
    ("es", "task", "¿Con qué tarjeta saco cita en el hospital? Trabajo como independiente",
     "task:hospital"),
    ("es", "task", "qué tarjeta me sirve pa comprar medicinas en la botica", "task:pharmacy"),
    ("es", "task", "quiero que me reembolsen los gastos médicos, con cuál tarjeta lo hago?",
     "task:reimburse"),
    ("es", "task", "cómo reviso mi expediente de salud y mis registros médicos",
     "task:healthfile"),
    ("es", "task", "quiero hacer los trámites del seguro médico por internet desde el celular, "
     "qué necesito", "task:online"),
    ("es", "task", "hago cachuelos y chamba part time, para cobrar mi pensión cuando sea viejo "
     "qué tarjeta necesito?", "task:pension"),
    ("es", "task", "se me acabó el contrato freelance, cómo pido el subsidio de desempleo y con "
     "qué tarjeta", "task:unemployment"),
    ("es", "task", "quiero inscribirme para buscar chamba y para una capacitación, con qué "
     "tarjeta voy?", "task:unemployment"),
    ("es", "task", "cómo veo si mis aportes a la seguridad social están pagados",
     "task:contributions"),
    ("es", "task", "qué tarjeta uso para el metro y el bus acá en China", "task:transport"),
    ("es", "task", "para los servicios públicos de la ciudad, tipo sala de lectura, qué tarjeta "
     "sirve?", "task:services"),
    ("es", "task", "con qué tarjeta acredito mi identidad aquí si no ando con pasaporte",
     "task:identity"),
    ("es", "task", "soy trabajador independiente y no tengo empleador, cómo saco la tarjeta de "
     "seguridad social?", ("task:getsocial", "card:social:eligibility")),
    ("es", "task", "cómo activo la tarjeta electrónica de seguridad social", "task:getesocial"),
    ("es", "task", "quién puede sacar el certificado electrónico del seguro médico y cómo se "
     "saca", "task:getemedical"),
    ("es", "task", "cómo tramito la tarjeta ciudadana, qué piden?", "task:getcitizen"),
    ("es", "task", "cuánto llevo acumulado en mi seguro de pensiones? dónde lo consulto",
     "task:contributions"),
    ("es", "task", "me voy a atender en un hospital designado, con qué tarjeta pago con la "
     "cuenta personal del seguro médico", "task:hospital"),
    ("es", "task", "tarjeta para pagar pasajes del bus y alquilar carro?", "task:transport"),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "reembols", "task:reimburse"),
    ("es", "short", "botica", "task:pharmacy"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "desemple", "task:unemployment"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "historia clinica", "task:healthfile"),
    ("es", "short", "seguro medico elec", "card:emedical"),
    ("es", "short", "seg social electronica", "card:esocial"),
    ("es", "short", "carnet de salud", "card:health"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "num seguridad social", "faq:10"),
    ("es", "short", "tarjeta empleador", "faq:8"),
    ("es", "short", "combi", "task:transport"),
    ("es", "short", "capacitacion", "task:unemployment"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "identidad", "task:identity"),
    ("es", "short", "tarjeta medica antigua", "card:medical"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "perdí mi tarjeta de seguridad social en el metro, qué hago?", "none"),
    ("es", "oos", "cuánto cuesta sacar la tarjeta ciudadana", "none"),
    ("es", "oos", "cuántos días demora en salir la tarjeta de seguro social?", "none"),
    ("es", "oos", "cuánto tengo que aportar al mes siendo independiente?", "none"),
    ("es", "oos", "a qué edad me puedo jubilar en China", "none"),
    ("es", "oos", "me olvidé la clave de mi tarjeta, cómo la cambio", "none"),
    ("es", "oos", "dirección y horario de la oficina de seguridad social en Shanghái", "none"),
    ("es", "oos", "mi tarjeta de seguridad social ya está vencida, cómo la renuevo?", "none"),
    ("es", "oos", "necesito estar en el seguro social para renovar mi visa de trabajo?",
     "none"),
    ("es", "oos", "tengo que declarar impuestos por mis recibos por honorarios estando en "
     "China?", "none"),
    ("es", "oos", "puedo pasar mis aportes de China a mi AFP en Perú?", "none"),
    ("es", "oos", "conviene más un seguro privado que el seguro médico de acá?", "none"),
    ("es", "oos", "número de teléfono de la oficina del seguro médico porfa", "none"),
    ("es", "oos", "cuánto me van a pagar de pensión al mes?", "none"),
    ("es", "oos", "en Chengdu la tarjeta ciudadana ya funciona como tarjeta de seguridad "
     "social?", "none"),
    ("es", "oos", "qué banco es mejor para vincular a la tarjeta de seguridad social", "none"),
    ("es", "oos", "dónde venden buen ceviche en Shanghái", "none"),
    ("es", "oos", "cómo mando plata a Perú desde Alipay", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "quién emite la tarjeta electrónica de seguridad social?",
     "card:esocial:issuer"),
    ("es", "card", "el certificado electrónico del seguro médico sirve para todos los trámites "
     "del seguro médico o solo algunos?", "card:emedical:scope"),
    ("es", "card", "qué es el certificado electrónico de seguro médico", "card:emedical:what"),
    ("es", "card", "la tarjeta de seguridad social es física o virtual?", "card:social:form"),
    ("es", "card", "quién administra la tarjeta de seguridad social a nivel nacional",
     "card:social:manager"),
    ("es", "card", "la tarjeta con la que se paga el bus y sirve de monedero electrónico, "
     "quién la emite?", "card:citizen:issuer"),
    ("es", "card", "para qué sirve la tarjeta ciudadana?", "card:citizen:function"),
    ("es", "card", "qué era la tarjeta del seguro médico antigua, todavía se usa?",
     "card:medical:what"),
    ("es", "card", "la tarjeta de salud dónde se puede usar", "card:health:scope"),
    ("es", "card", "esa tarjeta con chip que es como un segundo DNI, qué datos registra?",
     ("card:social:records", "faq:7")),
    ("es", "card", "en qué ley se basa la tarjeta de seguridad social?", "card:social:legal"),
    ("es", "card", "la tarjeta electrónica de seguro social para qué me sirve",
     "card:esocial:function"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "la tarjeta del seguro médico vieja y el certificado electrónico de "
     "seguro médico son lo mismo?", "cmp:medical:emedical"),
    ("es", "compare", "tarjeta electrónica de seguridad social vs tarjeta ciudadana, en qué se "
     "diferencian", "cmp:esocial:citizen"),
    ("es", "compare", "qué diferencia hay entre el certificado electrónico del seguro médico y "
     "la tarjeta ciudadana?", "cmp:emedical:citizen"),
    # ---------------- Spanish: faq (3) ----------------
    ("es", "faq", "¿el certificado electrónico de seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo?", "faq:5"),
    ("es", "faq", "qué tipos de tarjeta de seguridad social hay?", "faq:8"),
    ("es", "faq", "la tarjeta de salud es una tarjeta de seguridad social o no?", "faq:1"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 2 de la ley de seguro social", "law:sil-2"),
    ("es", "law", "cuál es el artículo que habla de amplia cobertura y protección básica del "
     "seguro social?", "law:sil-3"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "hola buenas, qué tal", "greeting"),
    ("es", "greeting", "ya pe, gracias causa", "greeting"),
)
