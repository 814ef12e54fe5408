"""The words people use for what they need, per language: data, not code.

Each entry is a word or a phrase, written as people type it; the index folds and stems them
(Snowball, per language), so "hospitals", "hospital" and "hospitales" are one entry. A phrase
matches its words in a row.
"""

from __future__ import annotations

from collections.abc import Mapping

Words = Mapping[str, tuple[str, ...]]  # language -> words and phrases

# What each task is called by people who do not know which card does it.
TASK_WORDS: Mapping[str, Words] = {
    "hospital": {
        "en": ("hospital", "doctor", "clinic", "see a doctor", "medical institution",
               "outpatient", "register at the hospital", "appointment", "physician",
               "medical treatment", "treatment"),
        "es": ("hospital", "clinica", "doctor", "medico", "consulta medica",
               "pagar la consulta", "cita medica",
               "urgencias", "centro de salud", "institucion medica", "ambulatorio",
               "tratamiento"),
    },
    "pharmacy": {
        "en": ("pharmacy", "drugstore", "chemist", "medicine", "meds", "drugs",
               "prescription", "pills"),
        "es": ("farmacia", "medicina", "medicamento", "farmaco", "receta", "pastillas",
               "remedios"),
    },
    "reimburse": {
        "en": ("reimburse", "reimbursement", "reimbursed", "refund", "medical expenses",
               "medical bills", "medical costs", "money back", "pay me back", "claim back",
               "claim it back", "get it back"),
        "es": ("reembolso", "reembolsar", "reintegro", "gastos medicos", "devuelvan",
               "devolucion", "costos medicos"),
    },
    "healthfile": {
        "en": ("health file", "health record", "medical record", "medical history",
               "health information", "health status", "health history"),
        "es": ("expediente", "historial", "historia clinica", "registro de salud",
               "datos de salud", "informacion de salud", "expediente medico"),
    },
    "online": {
        "en": ("online", "internet", "app", "website", "on my phone", "mobile phone"),
        "es": ("en linea", "online", "internet", "aplicacion", "app", "pagina web",
               "por la web", "movil", "celular"),
    },
    "pension": {
        "en": ("pension", "retire", "retirement", "old age", "pensioner", "old-age"),
        "es": ("pension", "jubilacion", "jubilarme", "jubilado", "vejez", "retiro",
               "pensionista"),
    },
    "unemployment": {
        "en": ("unemployment", "unemployed", "jobless", "lost my job", "laid off", "fired",
               "job seeker", "find a job", "looking for work", "vocational training",
               "out of work", "training", "job hunting"),
        "es": ("desempleo", "desempleado", "paro", "perdi mi trabajo", "perdi mi empleo",
               "sin trabajo", "sin empleo", "quede sin trabajo", "despedido", "despidieron",
               "buscar trabajo", "buscar empleo", "formacion profesional", "formacion",
               "capacitacion", "demandante de empleo"),
    },
    "injury": {
        "en": ("injury", "injured", "work accident", "accident at work", "hurt at work",
               "occupational disease", "work capacity", "disability", "work injury"),
        "es": ("accidente laboral", "accidente de trabajo", "lesion", "lesionado", "herido",
               "enfermedad profesional", "discapacidad", "incapacidad", "lastime",
               "capacidad laboral"),
    },
    "contributions": {
        "en": ("contributions", "contribution", "paid in", "premiums", "how much have i paid",
               "how much i have paid", "balance", "payment record", "payment history",
               "paid so far", "check my payments", "so far", "accumulated", "total",
               "how much is in"),
        "es": ("cotizaciones", "cotizado", "cotizar", "aportaciones", "aportes",
               "cuanto he pagado", "cuanto llevo pagado", "saldo", "cuotas pagadas",
               "acumulado", "total", "lo que he pagado"),
    },
    "transport": {
        "en": ("bus", "buses", "subway", "metro", "underground", "public transport", "transit",
               "commute", "car rental", "rent a car", "tram"),
        "es": ("autobus", "bus", "metro", "transporte", "subte", "camion", "colectivo",
               "alquiler de coches", "alquilar un coche", "alquilar un auto", "tranvia"),
    },
    "services": {
        "en": ("library", "reading room", "public services", "local services",
               "government services", "social affairs", "city services"),
        "es": ("biblioteca", "sala de lectura", "servicios publicos", "servicios locales",
               "servicios de la ciudad", "asuntos sociales", "tramites personales"),
    },
    "identity": {
        "en": ("identity", "identification", "identify myself", "prove who i am",
               "proof of identity", "id card", "show id", "id", "who i am"),
        "es": ("identidad", "identificacion", "identificarme", "demostrar quien soy",
               "documento de identidad", "probar quien soy", "quien soy", "acreditar"),
    },
}

# Words that ask how to get something: with a card named, the task of getting that card.
GET_WORDS: Words = {
    "en": ("get", "obtain", "apply", "application", "sign up", "issue me", "request",
           "activate", "where do i get", "qualify", "eligible", "who can have", "set up",
           "requirements"),
    "es": ("obtener", "conseguir", "consigo", "sacar", "saco", "solicitar", "tramitar",
           "pedir", "pide", "pido", "hacerme", "activar", "solicitud", "quien puede tener",
           "tener derecho", "requisitos", "tener la tarjeta"),
}

# A word for a card, a law or a task on its own: the list of them.
LIST_WORDS: Mapping[str, Words] = {
    "cards": {
        "en": ("card", "cards", "which card", "what card", "all cards", "the cards"),
        "es": ("tarjeta", "tarjetas", "carnet", "que tarjeta", "cual tarjeta",
               "todas las tarjetas"),
    },
    "law": {
        "en": ("law", "laws", "legal", "legislation", "regulation", "article", "articles",
               "legal basis"),
        "es": ("ley", "leyes", "legal", "legislacion", "normativa", "reglamento", "articulo",
               "base juridica", "base legal"),
    },
    "tasks": {
        "en": ("task", "tasks", "what do i need", "what can i do", "which card do i need",
               "which card should i use"),
        "es": ("tramite", "tramites", "que necesito", "que tarjeta necesito",
               "que tarjeta uso"),
    },
}

# With one card named, a word that asks about one point of it.
POINT_WORDS: Mapping[str, Words] = {
    "legal": {
        "en": ("law", "legal", "legislation", "regulation", "regulates", "governs",
               "legal basis", "based on"),
        "es": ("ley", "legal", "legislacion", "normativa", "regula", "base juridica",
               "base legal", "reglamento"),
    },
    "issuer": {
        "en": ("who issues", "issued by", "who gives", "issuer"),
        "es": ("quien emite", "emitida por", "emitido por", "quien expide", "quien la da",
               "quien lo emite", "quien la emite"),
    },
    "manager": {
        "en": ("who manages", "managed by", "who runs", "in charge of"),
        "es": ("quien gestiona", "gestionada por", "quien administra", "administrada por"),
    },
    "function": {
        "en": ("what is it for", "what is it used for", "what for", "function", "purpose"),
        "es": ("para que sirve", "para que se usa", "funcion", "sirve para"),
    },
    "records": {
        "en": ("what does it record", "what information", "stored on", "what data"),
        "es": ("que registra", "que informacion", "que datos"),
    },
}

# With one card named, a question the common questions answer (for the social security card)
# or the card's task list (for the others).
WHAT_CAN_I_DO: Words = {
    "en": ("what can i do with", "what can i use", "what is it good for"),
    "es": ("que puedo hacer con", "que puedo hacer", "para que me sirve"),
}

# Words of a common question that its own wording may lack, keyed by the question's node.
QUESTION_WORDS: Mapping[str, Words] = {
    "faq:6": {
        "en": ("kinds of insurance", "types of insurance", "which insurance", "what insurance",
               "insurance types", "maternity"),
        "es": ("tipos de seguro", "que seguros", "clases de seguro", "maternidad",
               "seguros cubre", "que cubre"),
    },
    "faq:8": {
        "en": ("employer card", "for companies", "for employers", "personal card"),
        "es": ("para empresas", "para empleadores", "tarjeta de empleador",
               "tarjeta personal"),
    },
    "faq:9": {
        "en": ("register me for social insurance", "signed me up for social insurance",
               "employer register", "30 days", "enrol me", "hasn't registered me"),
        "es": ("inscribirme", "darme de alta", "dar de alta", "me inscriba", "30 dias"),
    },
}

# Topics the sources say nothing about. A question on one gets the honest "not covered".
UNCOVERED_WORDS: Mapping[str, Words] = {
    "lost": {
        "en": ("lost my card", "lost card", "lose my card", "lost the card", "lost it",
               "stolen", "stole", "steal", "missing card", "misplaced"),
        "es": ("perdi mi tarjeta", "perdi la tarjeta", "perdida", "perdido", "extravie",
               "extraviada", "robaron", "robada", "robo"),
    },
    "foreigners": {
        "en": ("foreigner", "foreigners", "foreign", "expat", "expats", "non-chinese",
               "visa", "laowai", "not chinese"),
        "es": ("extranjero", "extranjeros", "extranjera", "extranjeras", "expatriado",
               "visa", "no soy chino", "no chino"),
    },
    "time": {
        "en": ("how long", "how many days until", "waiting time", "processing time",
               "how soon", "how fast", "ready"),
        "es": ("cuanto tarda", "cuanto tiempo", "cuantos dias tarda", "tarda", "demora",
               "cuando estara lista", "tiempo de espera"),
    },
    "cost": {
        "en": ("cost", "costs", "fee", "fees", "price", "how much does", "charge for",
               "free"),
        "es": ("cuesta", "costo", "coste", "precio", "tarifa", "gratis", "cuanto vale"),
    },
    "amounts": {
        "en": ("percentage", "percent", "salary", "wage", "rate"),
        "es": ("porcentaje", "salario", "sueldo"),
    },
    "renewal": {
        "en": ("renew", "renewal", "replace", "replacement", "expired", "expire", "damaged",
               "broken", "new card"),
        "es": ("renovar", "renovacion", "reponer", "reposicion", "reemplazar", "caducada",
               "vencida", "vence", "danada", "rota"),
    },
    "offices": {
        "en": ("office", "address", "opening hours", "open on", "phone number", "hotline",
               "near me", "branch", "where is the"),
        "es": ("oficina", "direccion", "horario", "abre", "telefono", "cerca de mi",
               "sucursal", "donde queda"),
    },
    "passwords": {
        "en": ("password", "pin", "forgot", "forgotten", "login", "log in", "locked"),
        "es": ("contrasena", "pin", "olvide", "bloqueada", "iniciar sesion"),
    },
    "abroad": {
        "en": ("abroad", "another country", "other countries", "outside china", "usa",
               "spain", "mexico", "hong kong"),
        "es": ("otro pais", "otros paises", "fuera de china", "espana", "mexico",
               "estados unidos", "en el extranjero"),
    },
}

# Topics the sources say nothing about when they are said of a card ("I lost my health card";
# but "I lost my job" is a task).
UNCOVERED_FOR_A_CARD: Mapping[str, Words] = {
    "lost": {
        "en": ("lost", "lose", "losing", "misplaced", "can't find"),
        "es": ("perdi", "perder", "perdio", "extravie", "no encuentro"),
    },
}

# Whole messages that are small talk, not questions.
GREETING_WORDS: Words = {
    "en": ("hi", "hello", "hey", "good morning", "good afternoon", "good evening", "hiya",
           "greetings", "yo", "hi there", "hello there"),
    "es": ("hola", "buenos dias", "buenas tardes", "buenas noches", "buenas", "saludos",
           "que tal", "hola que tal"),
}
THANKS_WORDS: Words = {
    "en": ("thanks", "thank you", "thx", "ty", "thanks a lot", "thank you very much",
           "great", "ok", "okay", "cool", "perfect", "got it", "thank you so much",
           "many thanks"),
    "es": ("gracias", "muchas gracias", "mil gracias", "vale", "genial", "perfecto",
           "de acuerdo", "entendido", "ok"),
}
